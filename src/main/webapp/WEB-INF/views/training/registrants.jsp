<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<fmt:message key="registrants.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="${fn:escapeXml(page.backUrl)}"><fmt:message key="${empty page.when ? 'webinar.form.back' : 'registrants.back.course'}"/></a></p>
<h1><fmt:message key="registrants.title"/> : <c:out value="${page.title}"/></h1>
<c:if test="${not empty page.when}"><p class="lead"><ui:message key="registrants.session"><ui:param value="${page.when}"/></ui:message></p></c:if>
<p class="hint"><fmt:message key="registrants.privacy"/></p>
<c:if test="${param.fait != null and empty page.feedback.error}"><p class="notice" role="status"><fmt:message key="registrants.done"/></p></c:if>
<%@ include file="../layout/form-error.jspf" %>
<p class="actions"><a class="button secondary" href="${fn:escapeXml(page.csvUrl)}" download><fmt:message key="registrants.csv"/></a></p>
<c:choose>
  <c:when test="${empty page.registrants}"><p><fmt:message key="registrants.none"/></p></c:when>
  <c:otherwise>
    <table class="contributions registrants stack-table">
      <caption class="visually-hidden"><fmt:message key="registrants.title"/></caption>
      <thead><tr>
        <th scope="col"><fmt:message key="registrants.name"/></th>
        <th scope="col"><fmt:message key="registrants.email"/></th>
        <th scope="col"><fmt:message key="registrants.organisation"/></th>
        <th scope="col"><fmt:message key="registrants.status"/></th>
        <th scope="col"><fmt:message key="registrants.attendance"/></th>
        <th scope="col"><fmt:message key="registrants.actions"/></th>
      </tr></thead>
      <tbody>
        <c:forEach items="${page.registrants}" var="r">
          <tr>
            <td data-label="<fmt:message key='registrants.name'/>"><c:out value="${r.name()}"/></td>
            <td data-label="<fmt:message key='registrants.email'/>"><c:out value="${r.email()}"/></td>
            <td data-label="<fmt:message key='registrants.organisation'/>"><c:out value="${r.organisation()}"/></td>
            <td data-label="<fmt:message key='registrants.status'/>"><c:choose><c:when test="${r.status() == 'waiting'}"><ui:message key="registrants.waiting"><ui:param value="${r.position()}"/></ui:message></c:when><c:otherwise><fmt:message key="registrants.confirmed"/></c:otherwise></c:choose></td>
            <td data-label="<fmt:message key='registrants.attendance'/>"><c:choose><c:when test="${r.attended() == true}"><fmt:message key="registrants.present"/></c:when><c:when test="${r.attended() == false}"><fmt:message key="registrants.absent"/></c:when><c:otherwise>—</c:otherwise></c:choose></td>
            <td data-label="<fmt:message key='registrants.actions'/>">
              <form method="post" class="inline-form">
                <%@ include file="../layout/csrf.jspf" %>
                <input type="hidden" name="registration" value="${fn:escapeXml(r.id())}">
                <button type="submit" name="action" value="present" class="secondary"><fmt:message key="registrants.mark-present"/><span class="visually-hidden"> : <c:out value="${r.name()}"/></span></button>
                <button type="submit" name="action" value="absent" class="secondary"><fmt:message key="registrants.mark-absent"/><span class="visually-hidden"> : <c:out value="${r.name()}"/></span></button>
                <b:confirm-button name="action" value="erase" cssClass="danger" label="registrants.erase" hiddenLabel=": ${r.name()}" question="registrants.erase.question" subject="${r.name()} (${r.email()})" confirm="registrants.erase.confirm"/>
              </form>
            </td>
          </tr>
        </c:forEach>
      </tbody>
    </table>
  </c:otherwise>
</c:choose>
<%@ include file="../layout/bottom.jspf" %>

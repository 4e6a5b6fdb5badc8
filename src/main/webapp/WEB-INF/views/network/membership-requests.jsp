<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<ui:message key="requests.title" var="pageTitle"><ui:param value="${page.networkName}"/></ui:message>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/reseaux/${fn:escapeXml(page.slug)}"><c:out value="${page.networkName}"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<c:if test="${not empty page.notice}"><div class="notice" role="status" id="requests-notice"><p><fmt:message key="requests.notice.${page.notice}"/></p></div></c:if>
<c:choose>
  <c:when test="${empty page.requests}"><p><fmt:message key="requests.none"/></p></c:when>
  <c:otherwise>
    <ul class="membership-requests">
      <c:forEach items="${page.requests}" var="r">
        <li class="membership-request">
          <h2><c:out value="${r.name()}"/></h2>
          <dl class="facts">
            <c:if test="${not empty r.email()}"><dt><fmt:message key="requests.email"/></dt><dd><c:out value="${r.email()}"/></dd></c:if>
            <c:if test="${not empty r.organisation()}"><dt><fmt:message key="requests.organisation"/></dt><dd><c:out value="${r.organisation()}"/></dd></c:if>
            <c:if test="${not empty r.role()}"><dt><fmt:message key="requests.role"/></dt><dd><c:out value="${r.role()}"/></dd></c:if>
            <c:if test="${not empty r.territory()}"><dt><fmt:message key="requests.territory"/></dt><dd><c:out value="${r.territory()}"/></dd></c:if>
            <c:if test="${not empty r.interests()}"><dt><fmt:message key="requests.interests"/></dt><dd><c:out value="${r.interests()}"/></dd></c:if>
            <dt><fmt:message key="requests.requested"/></dt><dd><c:out value="${r.requestedAt()}"/></dd>
          </dl>
          <form method="post" class="decision">
            <%@ include file="../layout/csrf.jspf" %>
            <input type="hidden" name="member" value="${fn:escapeXml(r.id())}">
            <p class="field">
              <label for="message-${fn:escapeXml(r.id())}"><fmt:message key="requests.message"/></label>
              <textarea id="message-${fn:escapeXml(r.id())}" name="message" rows="3" maxlength="2000"></textarea>
            </p>
            <p class="actions">
              <button type="submit" name="decision" value="accepter"><fmt:message key="requests.accept"/><span class="visually-hidden"> <c:out value="${r.name()}"/></span></button>
              <b:confirm-button name="decision" value="refuser" cssClass="secondary" label="requests.refuse" hiddenLabel="${r.name()}" question="membership.refuse.question" subject="${r.name()}" confirm="membership.refuse.confirm"/>
            </p>
          </form>
        </li>
      </c:forEach>
    </ul>
  </c:otherwise>
</c:choose>
<%@ include file="../layout/bottom.jspf" %>

<c:set var="pageTitle" value="${resource.title()}"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/moderation"><fmt:message key="moderation.title"/></a></p>
<h1><c:out value="${resource.title()}"/></h1>
<p class="status-line"><fmt:message key="contribution.status"/> <span class="status status-${fn:escapeXml(resource.status())}"><c:out value="${statusLabel}"/></span>
  — <ui:message key="moderation.owner"><ui:param value="${owner}"/></ui:message></p>
<c:if test="${not empty param.fait and empty error}"><p class="notice" role="status"><fmt:message key="moderation.done"/></p></c:if>
<%@ include file="../contribution/error.jspf" %>

<c:if test="${not empty actions}">
  <section class="decisions" aria-labelledby="decide">
    <h2 id="decide"><fmt:message key="moderation.decide"/></h2>
    <c:forEach items="${actions}" var="action">
      <form method="post" class="decision">
        <%@ include file="../layout/csrf.jspf" %>
        <input type="hidden" name="action" value="${fn:escapeXml(action.code())}">
        <c:if test="${action.message() ne 'NONE'}">
          <p class="field">
            <label for="message-${fn:escapeXml(action.code())}"><fmt:message key="moderation.message.${action.code()}"/></label>
            <textarea id="message-${fn:escapeXml(action.code())}" name="message" rows="3" maxlength="2000" ${action.message() eq 'REQUIRED' ? 'required' : ''}></textarea>
          </p>
        </c:if>
        <p><button type="submit" class="${action.code() eq 'publish' ? '' : 'secondary'}"><fmt:message key="moderation.action.${action.code()}"/></button></p>
      </form>
    </c:forEach>
  </section>
</c:if>

<c:if test="${param['nouvelle-version'] != null}"><p class="notice" role="status"><fmt:message key="version.done"/></p></c:if>
<c:if test="${not empty resource.file()}">
  <c:set var="back" value="/moderation/ressources/${resource.id()}"/>
  <%@ include file="../contribution/replace-file.jspf" %>
  <p class="download"><a class="button secondary" href="${fn:escapeXml(resource.file().url())}" download><ui:message key="moderation.download"><ui:param value="${resource.file().name()}"/></ui:message></a></p>
</c:if>
<c:if test="${not empty resource.extraction()}">
  <section aria-labelledby="extraction">
    <h2 id="extraction"><fmt:message key="contribution.extraction"/></h2>
    <p><fmt:message key="extraction.${resource.extraction().status()}"/></p>
    <c:if test="${not empty preview}">
      <details class="preview" open>
        <summary><fmt:message key="contribution.preview"/></summary>
        <div class="preview-text"><c:out value="${preview}"/></div>
      </details>
    </c:if>
  </section>
</c:if>

<form class="contribution-form" method="post">
  <%@ include file="../layout/csrf.jspf" %>
  <input type="hidden" name="action" value="save">
  <c:set var="titleRequired" value="${true}"/>
  <c:set var="typeFixed" value="${not empty report}"/>
  <%@ include file="../contribution/metadata-fields.jspf" %>
  <c:if test="${not empty report}"><%@ include file="../contribution/report-fields.jspf" %></c:if>
  <p><button type="submit" class="secondary"><fmt:message key="moderation.save"/></button></p>
</form>

<section aria-labelledby="history">
  <h2 id="history"><fmt:message key="moderation.history"/></h2>
  <table class="contributions">
    <thead><tr><th scope="col"><fmt:message key="moderation.history.when"/></th><th scope="col"><fmt:message key="moderation.history.who"/></th><th scope="col"><fmt:message key="moderation.history.what"/></th><th scope="col"><fmt:message key="moderation.history.message"/></th></tr></thead>
    <tbody>
      <c:forEach items="${history}" var="event">
        <tr><td><c:out value="${event.when()}"/></td><td><c:out value="${event.who()}"/></td><td><c:out value="${event.what()}"/></td><td><c:out value="${event.message()}"/></td></tr>
      </c:forEach>
    </tbody>
  </table>
</section>
<%@ include file="../layout/bottom.jspf" %>

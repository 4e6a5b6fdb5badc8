<fmt:message key="import.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="import.title"/></h1>
<p class="lead"><fmt:message key="import.lead"/></p>
<%@ include file="../layout/form-error.jspf" %>
<section aria-labelledby="templates-title">
  <h2 id="templates-title"><fmt:message key="import.templates.title"/></h2>
  <p><fmt:message key="import.templates.lead"/></p>
  <ul>
    <c:forEach items="${page.kinds}" var="k">
      <fmt:message key="import.kind.${k.name()}" var="kindLabel"/>
      <li><a href="${fn:escapeXml(k.template())}" download><ui:message key="import.template"><ui:param value="${kindLabel}"/></ui:message></a></li>
    </c:forEach>
  </ul>
  <p><fmt:message key="import.templates.indicators"/></p>
</section>
<%-- A multipart body is read by the servlet only: the token travels in the address. --%>
<form class="contribution-form" action="/moderation/imports?_csrf=${fn:escapeXml(csrfToken)}" method="post" enctype="multipart/form-data" novalidate>
  <p class="field">
    <label for="kind"><fmt:message key="import.field.kind"/></label>
    <select id="kind" name="kind" required>
      <c:forEach items="${page.kinds}" var="k">
        <option value="${fn:escapeXml(k.name())}" ${page.kind == k.name() ? 'selected' : ''}><fmt:message key="import.kind.${k.name()}"/></option>
      </c:forEach>
      <c:if test="${page.documents}"><option value="documents" ${page.kind == 'documents' ? 'selected' : ''}><fmt:message key="import.kind.documents"/></option></c:if>
    </select>
  </p>
  <p class="field">
    <label for="file"><fmt:message key="import.field.file"/></label>
    <c:set var="field" value="file"/><%@ include file="../layout/field-error.jspf" %>
    <input id="file" name="file" type="file" accept=".csv,text/csv" aria-describedby="file-hint${not empty fieldError ? ' file-error' : ''}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
    <span id="file-hint" class="hint"><fmt:message key="import.field.file.hint"/></span>
  </p>
  <c:if test="${page.documents}">
    <p class="field">
      <label for="folder"><fmt:message key="import.field.folder"/></label>
      <input id="folder" name="folder" type="text" value="${fn:escapeXml(page.folder)}" aria-describedby="folder-hint">
      <span id="folder-hint" class="hint"><fmt:message key="import.field.folder.hint"/></span>
    </p>
  </c:if>
  <p class="field"><label class="choice"><input type="checkbox" name="publish" value="oui" ${page.publish ? 'checked' : ''}> <fmt:message key="import.field.publish"/></label></p>
  <p><button type="submit"><fmt:message key="import.send"/></button></p>
</form>
<%@ include file="recent.jspf" %>
<%@ include file="../layout/bottom.jspf" %>

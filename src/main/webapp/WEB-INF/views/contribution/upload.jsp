<fmt:message key="contribute.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="contribute.title"/></h1>
<p class="lead"><fmt:message key="contribute.lead"/></p>
<%@ include file="../layout/form-error.jspf" %>
<ul class="choices-list">
  <li><a href="/contribuer/retour-experience"><fmt:message key="contribute.write-report"/></a></li>
  <li><a href="/mon-espace"><fmt:message key="contribute.my-space"/></a></li>
  <li><a href="${fn:escapeXml(page.contact)}"><fmt:message key="contribution.contact"/></a></li>
</ul>
<%-- A multipart body is read by the servlet only: the token travels in the address. --%>
<form class="contribution-form" action="/contribuer?_csrf=${fn:escapeXml(csrfToken)}" method="post" enctype="multipart/form-data" novalidate>
  <fieldset class="form-group">
    <legend><fmt:message key="contribute.file"/></legend>
    <p class="field">
      <label for="file"><fmt:message key="contribute.file.label"/></label>
      <c:set var="field" value="file"/><%@ include file="../layout/field-error.jspf" %>
      <input id="file" name="file" type="file" required aria-describedby="file-hint${not empty fieldError ? ' file-error' : ''}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
      <span id="file-hint" class="hint"><ui:message key="contribute.file.hint"><ui:param value="${page.maxMegabytes}"/></ui:message></span>
    </p>
  </fieldset>
  <details class="optional"${empty page.feedback.errors ? '' : ' open'}>
    <summary><fmt:message key="contribute.describe-now"/></summary>
    <c:set var="titleRequired" value="${false}"/>
    <c:set var="form" value="${page.form}"/>
    <c:set var="typeFixed" value="${false}"/>
    <c:set var="courseFields" value="${false}"/>
    <%@ include file="metadata-fields.jspf" %>
  </details>
  <p><button type="submit"><fmt:message key="contribute.send"/></button></p>
</form>
<%@ include file="../layout/bottom.jspf" %>

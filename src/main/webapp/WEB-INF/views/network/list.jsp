<ui:message key="list.title" var="pageTitle"><ui:param value="${page.networkName}"/></ui:message>
<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<div class="narrow">
<p class="breadcrumb"><a href="/reseaux/${fn:escapeXml(page.slug)}"><fmt:message key="list.back"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<c:if test="${not empty page.notice}"><div class="notice" role="status"><p><fmt:message key="list.notice.${page.notice}"/></p></div></c:if>
<p class="lead"><fmt:message key="list.lead"/></p>
<c:if test="${page.moderated}"><p><fmt:message key="list.moderated"/></p></c:if>
<ul class="inline-links">
  <c:if test="${page.animates}"><li><a href="/reseaux/${fn:escapeXml(page.slug)}/liste/moderation"><fmt:message key="list.moderation.link"/></a></li></c:if>
  <li><a href="/reseaux/${fn:escapeXml(page.slug)}/liste/desabonnement"><fmt:message key="list.unsubscribe.link"/></a></li>
</ul>
<section class="contribution-form" aria-labelledby="list-write">
  <h2 id="list-write"><fmt:message key="list.write"/></h2>
  <%@ include file="../layout/form-error.jspf" %>
  <%-- A multipart body is read by the servlet only: the token travels in the address. --%>
  <form method="post" action="/reseaux/${fn:escapeXml(page.slug)}/liste?_csrf=${fn:escapeXml(csrfToken)}" enctype="multipart/form-data" novalidate>
    <b:field name="subject" label="form.field.subject" value="${page.typed['subject']}" error="${page.feedback.errors['subject']}"/>
    <div class="field">
      <label for="message"><fmt:message key="form.field.message"/></label>
      <p class="hint" id="message-hint"><fmt:message key="list.message.hint"/></p>
      <c:set var="field" value="message"/><%@ include file="../layout/field-error.jspf" %>
      <textarea id="message" name="message" rows="10" maxlength="20000" required aria-describedby="message-hint${empty fieldError ? '' : ' message-error'}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>><c:out value="${page.typed['message']}"/></textarea>
    </div>
    <div class="field">
      <label for="file"><fmt:message key="list.files"/></label>
      <p class="hint" id="file-hint"><ui:message key="list.files.hint"><ui:param value="${page.maxAttachments}"/><ui:param value="${page.maxMegabytes}"/></ui:message></p>
      <c:set var="field" value="file"/><%@ include file="../layout/field-error.jspf" %>
      <input id="file" name="file" type="file" multiple aria-describedby="file-hint${empty fieldError ? '' : ' file-error'}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
    </div>
    <p><button type="submit"><fmt:message key="list.send"/></button></p>
  </form>
</section>
<section aria-labelledby="list-archive">
  <h2 id="list-archive"><fmt:message key="list.archive"/></h2>
  <c:if test="${empty page.messages}"><p><fmt:message key="list.archive.none"/></p></c:if>
  <c:set var="listMessages" value="${page.messages}"/>
  <%@ include file="list-messages.jspf" %>
</section>
</div>
<%@ include file="../layout/bottom.jspf" %>

<c:choose>
  <c:when test="${empty page.editing}"><fmt:message key="news.form.new" var="pageTitle"/></c:when>
  <c:otherwise><ui:message key="news.form.edit" var="pageTitle"><ui:param value="${page.editingTitle}"/></ui:message></c:otherwise>
</c:choose>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="${fn:escapeXml(empty page.editing ? '/actualites' : '/actualites/'.concat(page.editing))}"><fmt:message key="${empty page.editing ? 'news.back' : 'news.form.back'}"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<p class="lead"><fmt:message key="news.form.lead"/></p>
<%@ include file="../layout/form-error.jspf" %>
<form class="contribution-form news-form" method="post" action="${fn:escapeXml(empty page.editing ? '/actualites/nouvelle' : '/actualites/'.concat(page.editing).concat('/modifier'))}" novalidate>
  <%@ include file="../layout/csrf.jspf" %>
  <c:set var="text" value="${page.news.text}"/>
  <fieldset class="form-group">
    <legend><fmt:message key="news.form.content"/></legend>
    <p class="field">
      <label for="title"><fmt:message key="form.field.title"/></label>
      <c:set var="field" value="title"/><%@ include file="../layout/field-error.jspf" %>
      <input id="title" name="title" maxlength="500" required value="${fn:escapeXml(text['title'])}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="title-error"</c:if>>
    </p>
    <p class="field">
      <label for="lead"><fmt:message key="form.field.lead"/></label>
      <c:set var="field" value="lead"/><%@ include file="../layout/field-error.jspf" %>
      <textarea id="lead" name="lead" rows="3" maxlength="600" required aria-describedby="lead-hint${not empty fieldError ? ' lead-error' : ''}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>><c:out value="${text['lead']}"/></textarea>
      <span id="lead-hint" class="hint"><fmt:message key="news.field.lead.hint"/></span>
    </p>
    <p class="field">
      <label for="body"><fmt:message key="form.field.body"/></label>
      <c:set var="field" value="body"/><%@ include file="../layout/field-error.jspf" %>
      <textarea id="body" name="body" rows="14" maxlength="20000" required aria-describedby="body-help${not empty fieldError ? ' body-error' : ''}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>><c:out value="${text['body']}"/></textarea>
    </p>
    <details class="hint" id="body-help" open>
      <summary><fmt:message key="news.markdown.help"/></summary>
      <ul>
        <li><fmt:message key="news.markdown.paragraph"/></li>
        <li><code>*italique*</code>, <code>**gras**</code></li>
        <li><code>## Intertitre</code></li>
        <li><code>- élément de liste</code>, <code>1. élément numéroté</code></li>
        <li><code>[texte du lien](https://exemple.fr)</code></li>
        <li><code>&gt; citation</code></li>
      </ul>
      <p><fmt:message key="news.markdown.safe"/></p>
    </details>
    <p class="actions"><button type="submit" name="preview" value="1" class="secondary"><fmt:message key="news.preview"/></button></p>
    <c:if test="${not empty page.previewHtml}">
      <section class="news-preview" aria-labelledby="preview-heading" tabindex="-1" id="apercu">
        <h2 id="preview-heading"><fmt:message key="news.preview.heading"/></h2>
        <div class="news-body">${page.previewHtml}</div>
      </section>
    </c:if>
  </fieldset>

  <fieldset class="form-group">
    <legend><fmt:message key="news.form.where"/></legend>
    <p class="field">
      <label for="date"><fmt:message key="news.field.date"/></label>
      <c:set var="field" value="date"/><%@ include file="../layout/field-error.jspf" %>
      <input id="date" name="date" type="date" value="${fn:escapeXml(text['date'])}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="date-error"</c:if>>
    </p>
    <c:if test="${not empty page.news.networks}">
      <p class="field">
        <label for="network"><fmt:message key="news.field.network"/></label>
        <c:set var="field" value="network"/><%@ include file="../layout/field-error.jspf" %>
        <select id="network" name="network"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="network-error"</c:if>>
          <option value=""><fmt:message key="news.field.network.none"/></option>
          <c:forEach items="${page.news.networks}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
        </select>
      </p>
      <p class="field">
        <c:set var="field" value="membersOnly"/><%@ include file="../layout/field-error.jspf" %>
        <label class="choice"><input type="checkbox" id="membersOnly" name="membersOnly" value="oui"<c:if test="${not empty text['membersOnly']}"> checked</c:if> aria-describedby="membersOnly-hint${not empty fieldError ? ' membersOnly-error' : ''}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>> <fmt:message key="news.field.members-only"/></label>
        <span class="hint" id="membersOnly-hint"><fmt:message key="news.field.members-only.hint"/></span>
      </p>
    </c:if>
    <p class="field">
      <label for="territory"><fmt:message key="form.field.territory"/></label>
      <c:set var="field" value="territory"/><%@ include file="../layout/field-error.jspf" %>
      <select id="territory" name="territory"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="territory-error"</c:if>>
        <option value=""><fmt:message key="contribution.choose"/></option>
        <c:forEach items="${page.options.territories}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </p>
    <c:set var="field" value="theme"/>
    <fieldset class="choices" id="theme"<c:if test="${not empty page.feedback.errors[field]}"> aria-describedby="theme-error"</c:if>>
      <legend><fmt:message key="form.field.theme"/></legend>
      <%@ include file="../layout/field-error.jspf" %>
      <c:forEach items="${page.options.themes}" var="o">
        <label class="choice"><input type="checkbox" name="theme" value="${fn:escapeXml(o.code())}" ${o.selected() ? 'checked' : ''}<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>> <c:out value="${o.label()}"/></label>
      </c:forEach>
    </fieldset>
  </fieldset>
  <p class="actions">
    <button type="submit" name="save" value="1" class="secondary"><fmt:message key="news.form.save"/></button>
    <button type="submit" name="submit" value="1"><fmt:message key="news.form.save-submit"/></button>
  </p>
</form>
<%@ include file="../layout/bottom.jspf" %>

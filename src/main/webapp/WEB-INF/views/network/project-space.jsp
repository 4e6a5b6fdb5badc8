<%-- A project's private space: members, documents and news shared with the members only, and their forms. --%>
<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<ui:message key="project.space.title" var="pageTitle"><ui:param value="${page.title}"/></ui:message>
<%@ include file="../layout/top.jspf" %>
<meta name="robots" content="noindex">
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/projets/${fn:escapeXml(page.slug)}"><fmt:message key="project.space.back"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<c:if test="${not empty page.notice}"><div class="notice" role="status"><p><fmt:message key="project.space.notice.${page.notice}"/></p></div></c:if>
<p class="lead"><fmt:message key="project.space.lead"/></p>
<ul class="inline-links">
  <li><a href="${fn:escapeXml(page.diagnosis)}"><fmt:message key="project.space.diagnosis"/></a></li>
  <c:if test="${page.runs}"><li><a href="/projets/${fn:escapeXml(page.slug)}/membres"><fmt:message key="project.space.manage"/></a></li></c:if>
</ul>
<%@ include file="../layout/form-error.jspf" %>

<section aria-labelledby="space-documents">
  <h2 id="space-documents"><fmt:message key="project.space.documents"/></h2>
  <c:choose>
    <c:when test="${empty page.documents}"><p><fmt:message key="project.space.documents.none"/></p></c:when>
    <c:otherwise><ul class="shared-documents"><c:forEach items="${page.documents}" var="d">
      <li><a href="${fn:escapeXml(d.page())}"><c:out value="${d.title()}"/></a> — <a href="${fn:escapeXml(d.file())}"><fmt:message key="project.space.document.file"/><span class="visually-hidden"> <c:out value="${d.title()}"/></span></a></li>
    </c:forEach></ul></c:otherwise>
  </c:choose>
</section>

<section aria-labelledby="space-news">
  <h2 id="space-news"><fmt:message key="project.space.news"/></h2>
  <c:choose>
    <c:when test="${empty page.news}"><p><fmt:message key="project.space.news.none"/></p></c:when>
    <c:otherwise><ul><c:forEach items="${page.news}" var="n">
      <li><a href="${fn:escapeXml(n.page())}"><c:out value="${n.title()}"/></a><c:if test="${not empty n.summary()}"><br><span class="hint"><c:out value="${n.summary()}"/></span></c:if></li>
    </c:forEach></ul></c:otherwise>
  </c:choose>
</section>

<section aria-labelledby="space-members">
  <h2 id="space-members"><fmt:message key="project.space.members"/></h2>
  <c:choose>
    <c:when test="${empty page.members}"><p><fmt:message key="project.space.members.none"/></p></c:when>
    <c:otherwise>
      <table>
        <thead><tr>
          <th scope="col"><fmt:message key="project.space.member.name"/></th>
          <th scope="col"><fmt:message key="project.space.member.organisation"/></th>
          <th scope="col"><fmt:message key="project.space.member.country"/></th>
          <th scope="col"><fmt:message key="project.space.member.joined"/></th>
        </tr></thead>
        <tbody><c:forEach items="${page.members}" var="m">
          <tr><th scope="row"><c:out value="${m.name()}"/></th><td><c:out value="${m.organisation()}"/></td><td><c:out value="${m.country()}"/></td><td><c:out value="${m.joined()}"/></td></tr>
        </c:forEach></tbody>
      </table>
    </c:otherwise>
  </c:choose>
</section>

<c:set var="typedDocument" value="${page.form == 'document' ? page.typed : null}"/>
<section class="contribution-form" aria-labelledby="space-share">
  <h2 id="space-share"><fmt:message key="project.space.share"/></h2>
  <%-- A multipart body is read by the servlet only: the token travels in the address. --%>
  <form method="post" action="/projets/${fn:escapeXml(page.slug)}/espace?_csrf=${fn:escapeXml(csrfToken)}" enctype="multipart/form-data" novalidate>
    <input type="hidden" name="action" value="document">
    <b:field name="documentTitle" label="form.field.documentTitle" value="${typedDocument['documentTitle']}" error="${page.form == 'document' ? page.feedback.errors['documentTitle'] : null}"/>
    <div class="field">
      <label for="file"><fmt:message key="form.field.file"/></label>
      <p class="hint" id="file-hint"><ui:message key="project.space.share.hint"><ui:param value="${page.maxMegabytes}"/></ui:message></p>
      <c:set var="field" value="file"/><%@ include file="../layout/field-error.jspf" %>
      <input id="file" name="file" type="file" required aria-describedby="file-hint${empty fieldError ? '' : ' file-error'}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
    </div>
    <p><button type="submit"><fmt:message key="project.space.share.submit"/></button></p>
  </form>
</section>

<c:set var="typedNews" value="${page.form == 'news' ? page.typed : null}"/>
<section class="contribution-form" aria-labelledby="space-post">
  <h2 id="space-post"><fmt:message key="project.space.post"/></h2>
  <form method="post" action="/projets/${fn:escapeXml(page.slug)}/espace" novalidate>
    <%@ include file="../layout/csrf.jspf" %>
    <input type="hidden" name="action" value="news">
    <b:field name="title" label="form.field.title" value="${typedNews['title']}" error="${page.form == 'news' ? page.feedback.errors['title'] : null}"/>
    <div class="field">
      <label for="lead"><fmt:message key="form.field.lead"/></label>
      <c:set var="field" value="lead"/><%@ include file="../layout/field-error.jspf" %>
      <textarea id="lead" name="lead" rows="3" maxlength="600" required<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="lead-error"</c:if>><c:out value="${typedNews['lead']}"/></textarea>
    </div>
    <div class="field">
      <label for="body"><fmt:message key="form.field.body"/></label>
      <c:set var="field" value="body"/><%@ include file="../layout/field-error.jspf" %>
      <textarea id="body" name="body" rows="8" maxlength="20000" required<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="body-error"</c:if>><c:out value="${typedNews['body']}"/></textarea>
    </div>
    <fieldset class="form-group">
      <legend><fmt:message key="project.space.post.for"/></legend>
      <div class="field field-check"><input type="radio" id="forEverybody-no" name="forEverybody" value="non"<c:if test="${typedNews['forEverybody'] != 'oui'}"> checked</c:if>> <label for="forEverybody-no"><fmt:message key="project.space.post.members"/></label></div>
      <div class="field field-check"><input type="radio" id="forEverybody" name="forEverybody" value="oui"<c:if test="${typedNews['forEverybody'] == 'oui'}"> checked</c:if>> <label for="forEverybody"><fmt:message key="project.space.post.everybody"/></label></div>
      <div class="field">
        <label for="theme"><fmt:message key="form.field.theme"/></label>
        <c:set var="field" value="theme"/><%@ include file="../layout/field-error.jspf" %>
        <select id="theme" name="theme"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="theme-error"</c:if>>
          <option value=""><fmt:message key="project.space.post.choose"/></option>
          <c:forEach items="${page.themes}" var="o"><option value="${fn:escapeXml(o.code())}"<c:if test="${o.selected()}"> selected</c:if>><c:out value="${o.label()}"/></option></c:forEach>
        </select>
      </div>
      <div class="field">
        <label for="territory"><fmt:message key="form.field.territory"/></label>
        <c:set var="field" value="territory"/><%@ include file="../layout/field-error.jspf" %>
        <select id="territory" name="territory"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="territory-error"</c:if>>
          <option value=""><fmt:message key="project.space.post.choose"/></option>
          <c:forEach items="${page.territories}" var="o"><option value="${fn:escapeXml(o.code())}"<c:if test="${o.selected()}"> selected</c:if>><c:out value="${o.label()}"/></option></c:forEach>
        </select>
      </div>
    </fieldset>
    <p><button type="submit"><fmt:message key="project.space.post.submit"/></button></p>
  </form>
</section>
<%@ include file="../layout/bottom.jspf" %>

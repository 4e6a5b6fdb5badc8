<c:set var="pageTitle" value="${page.title}"/>
<%@ include file="../layout/top.jspf" %>
<link rel="canonical" href="/actualites/${fn:escapeXml(page.id)}">
<fmt:message key="news.feed.link" var="feedTitle"/>
<link rel="alternate" type="application/atom+xml" title="${fn:escapeXml(feedTitle)}" href="${fn:escapeXml(page.feedUrl)}">
<c:if test="${not empty page.lead}"><meta name="description" content="${fn:escapeXml(page.lead)}"></c:if>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/actualites"><fmt:message key="news.back"/></a></p>
<article class="resource news">
  <h1><c:out value="${page.title}"/></h1>
  <p class="hit-meta"><c:if test="${not empty page.date}"><ui:message key="news.published-on"><ui:param value="${page.date}"/></ui:message></c:if><c:if test="${not empty page.network}"> · <a href="${fn:escapeXml(page.network.url())}"><c:out value="${page.network.title()}"/></a></c:if><c:if test="${page.membersOnly}"> · <span class="tag"><fmt:message key="news.members-only.badge"/></span></c:if></p>
  <c:if test="${not empty param.soumis}"><p class="notice" role="status"><fmt:message key="news.submitted"/></p></c:if>
  <c:if test="${not empty param.image}"><p class="notice" role="status"><fmt:message key="news.image.added"/></p></c:if>
  <c:if test="${not empty page.status}"><p class="notice"><ui:message key="news.status"><ui:param value="${page.status}"/></ui:message></p></c:if>
  <c:if test="${not empty page.editUrl or page.maySubmit}">
    <form class="actions" method="post" action="/actualites/${fn:escapeXml(page.id)}/soumettre">
      <%@ include file="../layout/csrf.jspf" %>
      <c:if test="${not empty page.editUrl}"><a class="button secondary" href="${fn:escapeXml(page.editUrl)}"><fmt:message key="news.edit"/></a></c:if>
      <c:if test="${page.maySubmit}"><button type="submit"><fmt:message key="news.submit"/></button></c:if>
    </form>
  </c:if>

  <p class="news-lead lead"><c:out value="${page.lead}"/></p>
  <c:if test="${not empty page.image}"><img class="news-image" src="${fn:escapeXml(page.image)}" alt="${fn:escapeXml(page.imageAlt)}"></c:if>
  <div class="news-body">${page.bodyHtml}</div>

  <dl class="metadata">
    <c:if test="${not empty page.themes}"><dt><fmt:message key="news.themes"/></dt><dd><ul class="plain-list"><c:forEach items="${page.themes}" var="theme"><li><c:out value="${theme}"/></li></c:forEach></ul></dd></c:if>
    <c:if test="${not empty page.territory}"><dt><fmt:message key="news.territory"/></dt><dd><c:out value="${page.territory}"/></dd></c:if>
    <c:if test="${not empty page.network}"><dt><fmt:message key="news.network"/></dt><dd><a href="${fn:escapeXml(page.network.url())}"><c:out value="${page.network.title()}"/></a></dd></c:if>
  </dl>

  <c:if test="${page.mayAddImage}">
    <form class="contribution-form" method="post" action="/actualites/${fn:escapeXml(page.id)}/image" enctype="multipart/form-data">
      <%@ include file="../layout/csrf.jspf" %>
      <fieldset class="form-group">
        <legend><fmt:message key="${empty page.image ? 'news.image.add' : 'news.image.replace'}"/></legend>
        <p class="field">
          <label for="file"><fmt:message key="news.image.file"/></label>
          <input id="file" name="file" type="file" accept="image/png,image/jpeg,image/webp" required aria-describedby="file-hint">
          <span id="file-hint" class="hint"><fmt:message key="news.image.file.hint"/></span>
        </p>
        <p class="field">
          <label for="alt"><fmt:message key="news.image.alt"/></label>
          <input id="alt" name="alt" maxlength="300" required aria-describedby="alt-hint">
          <span id="alt-hint" class="hint"><fmt:message key="news.image.alt.hint"/></span>
        </p>
        <p class="actions"><button type="submit" class="secondary"><fmt:message key="news.image.send"/></button></p>
      </fieldset>
    </form>
  </c:if>

  <section class="similar" aria-labelledby="similaires">
    <h2 id="similaires"><fmt:message key="news.similar"/></h2>
    <c:choose>
      <c:when test="${empty page.similar}"><p><fmt:message key="news.similar.none"/></p></c:when>
      <c:otherwise>
        <ul><c:forEach items="${page.similar}" var="link"><li><a href="${fn:escapeXml(link.url())}"><c:out value="${link.title()}"/></a><c:if test="${not empty link.kind()}"> <span class="tag"><c:out value="${link.kind()}"/></span></c:if></li></c:forEach></ul>
      </c:otherwise>
    </c:choose>
  </section>
  <p><a href="${fn:escapeXml(page.feedUrl)}"><fmt:message key="news.feed.follow"/></a></p>
</article>
<%@ include file="../layout/bottom.jspf" %>

<c:set var="r" value="${page.resource}"/>
<c:set var="pageTitle" value="${r.title()}"/>
<%@ include file="layout/top.jspf" %>
<link rel="canonical" href="${fn:escapeXml(page.canonicalUrl)}">
<c:if test="${not empty r.summary()}"><meta name="description" content="${fn:escapeXml(r.summary())}"></c:if>
<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">
<meta name="DC.title" content="${fn:escapeXml(r.title())}">
<c:forEach items="${r.authors()}" var="author"><meta name="DC.creator" content="${fn:escapeXml(author)}">
</c:forEach>
<c:if test="${not empty r.organisation()}"><meta name="DC.publisher" content="${fn:escapeXml(r.organisation())}"></c:if>
<c:if test="${not empty page.publishedIso}"><meta name="DC.date" content="${fn:escapeXml(page.publishedIso)}"></c:if>
<c:if test="${not empty r.type()}"><meta name="DC.type" content="${fn:escapeXml(page.typeLabel)}"></c:if>
<c:forEach items="${page.themeLabels}" var="theme"><meta name="DC.subject" content="${fn:escapeXml(theme)}">
</c:forEach>
<c:if test="${not empty r.summary()}"><meta name="DC.description" content="${fn:escapeXml(r.summary())}"></c:if>
<c:if test="${not empty r.territory()}"><meta name="DC.coverage" content="${fn:escapeXml(page.territoryLabel)}"></c:if>
<c:if test="${not empty r.language()}"><meta name="DC.language" content="${fn:escapeXml(r.language())}"></c:if>
<c:if test="${not empty r.licence()}"><meta name="DC.rights" content="${fn:escapeXml(page.licenceLabel)}"></c:if>
<c:if test="${not empty r.file()}"><meta name="DC.format" content="${fn:escapeXml(r.file().mediaType())}"></c:if>
<meta name="DC.identifier" content="${fn:escapeXml(page.canonicalUrl)}">
<%-- Data, not a script: JsonLd escapes <, > and & so that no title can close the element. --%>
<script type="application/ld+json">${page.jsonLd}</script>
<%@ include file="layout/header.jspf" %>
<p class="breadcrumb"><a href="${fn:escapeXml(page.search)}"><fmt:message key="resource.back"/></a></p>
<article class="resource">
  <h1><c:out value="${r.title()}"/></h1>
  <p class="hit-meta">
    <c:if test="${not empty r.type()}">${' '}<span class="tag"><c:out value="${page.typeLabel}"/></span></c:if>
    <c:if test="${not empty page.published}">${' '}<span><c:out value="${page.published}"/></span></c:if>
    <c:if test="${not empty r.organisation()}">${' '}<span><c:out value="${r.organisation()}"/></span></c:if>
  </p>
  <c:if test="${not empty page.partOf}">
    <p class="part-of"><fmt:message key="resource.part-of"/> <a href="${fn:escapeXml(page.partOf.url)}"><c:out value="${page.partOf.label}"/></a></p>
  </c:if>

  <c:if test="${not empty r.file()}">
    <p class="download">
      <a class="button" href="${fn:escapeXml(r.file().url())}" download><fmt:message key="resource.download"/>
        <span class="file-info">(<c:out value="${page.fileDescription}"/>)</span></a>
    </p>
  </c:if>

  <c:if test="${not empty page.earlierVersions}">
    <details class="versions">
      <summary><fmt:message key="resource.versions"/></summary>
      <ul>
        <c:forEach items="${page.earlierVersions}" var="version">
          <li><a href="${fn:escapeXml(version.url)}" download><c:out value="${version.label}"/></a></li>
        </c:forEach>
      </ul>
    </details>
  </c:if>

  <c:if test="${not empty r.summary()}">
    <h2><fmt:message key="resource.summary"/></h2>
    <p class="summary"><c:out value="${r.summary()}"/></p>
  </c:if>

  <c:forEach items="${page.reportSections}" var="section">
    <h2><c:out value="${section.heading()}"/></h2>
    <div class="report-section"><c:out value="${section.text()}"/></div>
  </c:forEach>

  <h2><fmt:message key="resource.metadata"/></h2>
  <dl class="metadata">
    <c:if test="${not empty r.authors()}"><dt><fmt:message key="resource.authors"/></dt><dd><c:out value="${page.authors}"/></dd></c:if>
    <c:if test="${not empty r.organisation()}"><dt><fmt:message key="resource.organisation"/></dt><dd><c:out value="${r.organisation()}"/></dd></c:if>
    <c:if test="${not empty page.published}"><dt><fmt:message key="resource.published"/></dt><dd><time datetime="${fn:escapeXml(page.publishedIso)}"><c:out value="${page.published}"/></time></dd></c:if>
    <c:if test="${not empty r.type()}"><dt><fmt:message key="resource.type"/></dt><dd><c:out value="${page.typeLabel}"/></dd></c:if>
    <c:if test="${not empty r.themes()}"><dt><fmt:message key="resource.themes"/></dt><dd><ul class="values"><c:forEach items="${page.themeLabels}" var="label"><li><c:out value="${label}"/></li></c:forEach></ul></dd></c:if>
    <c:if test="${not empty r.territory()}"><dt><fmt:message key="resource.territory"/></dt><dd><c:out value="${page.territoryLabel}"/></dd></c:if>
    <c:if test="${not empty r.audiences()}"><dt><fmt:message key="resource.audiences"/></dt><dd><ul class="values"><c:forEach items="${page.audienceLabels}" var="label"><li><c:out value="${label}"/></li></c:forEach></ul></dd></c:if>
    <c:if test="${not empty r.language()}"><dt><fmt:message key="resource.language"/></dt><dd><c:out value="${page.languageLabel}"/></dd></c:if>
    <c:if test="${not empty r.licence()}"><dt><fmt:message key="resource.licence"/></dt><dd><c:out value="${page.licenceLabel}"/></dd></c:if>
    <c:if test="${not empty r.sourceUrl()}"><dt><fmt:message key="resource.source"/></dt><dd><c:choose><c:when test="${not empty page.sourceLink}"><a href="${fn:escapeXml(page.sourceLink)}" rel="noopener"><c:out value="${r.sourceUrl()}"/></a></c:when><c:otherwise><c:out value="${r.sourceUrl()}"/></c:otherwise></c:choose></dd></c:if>
    <c:if test="${not empty r.keywords()}"><dt><fmt:message key="resource.keywords"/></dt><dd><c:out value="${page.keywords}"/></dd></c:if>
  </dl>

  <c:if test="${not empty page.preview}">
    <details class="preview">
      <summary><fmt:message key="resource.preview"/></summary>
      <p class="hint"><fmt:message key="resource.preview.note"/></p>
      <div class="preview-text"><c:out value="${page.preview}"/></div>
    </details>
  </c:if>

  <h2 id="cite"><fmt:message key="resource.cite"/></h2>
  <p class="citation"><c:out value="${page.citation}"/></p>
</article>
<c:if test="${not empty page.uses}">
  <section class="uses" aria-labelledby="uses">
    <h2 id="uses"><fmt:message key="${page.uses[0].headingKey}"/></h2>
    <ul><c:forEach items="${page.uses}" var="use"><li><a href="${fn:escapeXml(use.url)}"><c:out value="${use.title}"/></a></li></c:forEach></ul>
  </section>
</c:if>
<c:if test="${not empty page.similar}">
  <section class="similar" aria-labelledby="similar">
    <h2 id="similar"><fmt:message key="resource.similar"/></h2>
    <ul class="hits">
      <c:forEach items="${page.similar}" var="hit">
        <li class="hit"><%@ include file="layout/hit.jspf" %></li>
      </c:forEach>
    </ul>
  </section>
</c:if>
<%@ include file="layout/bottom.jspf" %>

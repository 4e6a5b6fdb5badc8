<fmt:message key="actors.title" var="pageTitle"/>
<c:if test="${not empty page.search.query}"><c:set var="pageTitle" value="${page.search.query} — ${pageTitle}"/></c:if>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="actors.heading"/></h1>
<p class="lead"><fmt:message key="actors.lead"/></p>
<p class="actions">
  <c:if test="${page.mayPropose}"><a class="button" href="/acteurs/nouveau"><fmt:message key="actors.propose"/></a></c:if>
  <a class="button secondary" href="/api/actors/export?format=csv" download><fmt:message key="actors.export.csv"/></a>
  <a class="button secondary" href="/api/actors/export?format=json" download><fmt:message key="actors.export.json"/></a>
</p>
<c:if test="${not empty page.pendingClaims}">
  <section class="notice" aria-labelledby="claims-heading">
    <h2 id="claims-heading"><fmt:message key="actors.claims.pending"/></h2>
    <ul><c:forEach items="${page.pendingClaims}" var="claim"><li><a href="${fn:escapeXml(claim.url())}"><c:out value="${claim.title()}"/></a></li></c:forEach></ul>
  </section>
</c:if>

<form id="search-form" class="search-form" action="/acteurs" method="get" role="search">
  <div class="search-box">
    <label for="q"><fmt:message key="actors.label"/></label>
    <div class="search-row">
      <input type="search" id="q" name="q" value="${fn:escapeXml(empty page.search ? param.q : page.search.query)}" aria-describedby="q-hint">
      <button type="submit"><fmt:message key="search.submit"/></button>
    </div>
    <p id="q-hint" class="hint"><fmt:message key="actors.hint"/></p>
  </div>

<c:choose>
<c:when test="${not empty page.error}">
  </form>
  <div class="notice notice-error">
    <h2><fmt:message key="search.error.heading"/></h2>
    <p><c:out value="${page.error}"/></p>
    <p><a href="/acteurs"><fmt:message key="actors.clear"/></a></p>
  </div>
</c:when>
<c:otherwise>
  <c:if test="${not page.search.defaultSize}"><input type="hidden" name="size" value="${fn:escapeXml(page.search.size)}"></c:if>
  <div class="columns">
    <div class="main-column">
      <h2 class="results-count" id="results">
        <ui:message key="actors.results"><ui:param value="${page.search.total}"/></ui:message>
        <c:if test="${not empty page.search.query}">${' '}<ui:message key="search.results.for"><ui:param value="${page.search.resultsQuery}"/></ui:message></c:if>
        <c:if test="${page.search.page > 1}">${' — '}<ui:message key="search.results.page"><ui:param value="${page.search.page}"/></ui:message></c:if>
      </h2>
      <%@ include file="../layout/active-filters.jspf" %>
      <c:choose>
        <c:when test="${empty page.cards}">
          <div class="notice">
            <h3><fmt:message key="actors.empty.heading"/></h3>
            <p><fmt:message key="actors.empty.text"/> <a href="/acteurs"><fmt:message key="actors.clear"/></a></p>
          </div>
        </c:when>
        <c:otherwise>
          <ol class="hits">
            <c:forEach items="${page.cards}" var="card">
              <li class="hit actor-card">
                <h3 class="hit-title"><a href="${fn:escapeXml(card.url)}"><c:out value="${card.title}"/></a></h3>
                <c:if test="${not empty card.kind}">
                  <p class="hit-meta"><span class="tag"><c:out value="${card.kind}"/></span><c:if test="${not empty card.place}"> <c:out value="${card.place}"/></c:if><c:if test="${not empty card.engagement}"> · <c:out value="${card.engagement}"/></c:if></p>
                </c:if>
                <c:if test="${not empty card.snippet}"><p class="snippet">${card.snippet}</p></c:if>
              </li>
            </c:forEach>
          </ol>
        </c:otherwise>
      </c:choose>
      <%@ include file="../layout/pagination.jspf" %>
    </div>
    <div class="side-column filters">
      <h2><fmt:message key="search.filters"/></h2>
      <%@ include file="../layout/filters-hint.jspf" %>
      <%@ include file="../layout/facet-groups.jspf" %>
      <button type="submit" class="secondary" formaction="/acteurs#results" data-filter-submit><fmt:message key="search.filters.submit"/></button>
    </div>
  </div>
  </form>
</c:otherwise>
</c:choose>
<%@ include file="../layout/bottom.jspf" %>

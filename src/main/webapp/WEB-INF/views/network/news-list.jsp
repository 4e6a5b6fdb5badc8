<fmt:message key="news.list.title" var="pageTitle"/>
<c:if test="${not empty page.search.query}"><c:set var="pageTitle" value="${page.search.query} — ${pageTitle}"/></c:if>
<%@ include file="../layout/top.jspf" %>
<fmt:message key="news.feed.link" var="feedTitle"/>
<link rel="alternate" type="application/atom+xml" title="${fn:escapeXml(feedTitle)}" href="${fn:escapeXml(page.feedUrl)}">
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="news.list.heading"/></h1>
<p class="lead"><fmt:message key="news.list.lead"/></p>
<p class="actions">
  <c:if test="${page.mayPropose}"><a class="button" href="/actualites/nouvelle"><fmt:message key="news.propose"/></a></c:if>
  <a class="button secondary" href="${fn:escapeXml(page.feedUrl)}"><fmt:message key="news.feed.link"/></a>
</p>

<form id="search-form" class="search-form" action="/actualites" method="get" role="search">
  <div class="search-box">
    <label for="q"><fmt:message key="news.list.label"/></label>
    <div class="search-row">
      <input type="search" id="q" name="q" value="${fn:escapeXml(empty page.search ? param.q : page.search.query)}">
      <button type="submit"><fmt:message key="search.submit"/></button>
    </div>
  </div>

<c:choose>
<c:when test="${not empty page.error}">
  </form>
  <div class="notice notice-error">
    <h2><fmt:message key="search.error.heading"/></h2>
    <p><c:out value="${page.error}"/></p>
    <p><a href="/actualites"><fmt:message key="news.list.clear"/></a></p>
  </div>
</c:when>
<c:otherwise>
  <c:if test="${not page.search.defaultSize}"><input type="hidden" name="size" value="${fn:escapeXml(page.search.size)}"></c:if>
  <div class="columns">
    <div class="main-column">
      <h2 class="results-count" id="results">
        <ui:message key="news.list.results"><ui:param value="${page.search.total}"/></ui:message>
        <c:if test="${not empty page.search.query}">${' '}<ui:message key="search.results.for"><ui:param value="${page.search.resultsQuery}"/></ui:message></c:if>
        <c:if test="${page.search.page > 1}">${' — '}<ui:message key="search.results.page"><ui:param value="${page.search.page}"/></ui:message></c:if>
      </h2>
      <%@ include file="../layout/active-filters.jspf" %>
      <c:choose>
        <c:when test="${empty page.cards}">
          <div class="notice">
            <h3><fmt:message key="news.list.empty.heading"/></h3>
            <p><fmt:message key="news.list.empty.text"/> <a href="/actualites"><fmt:message key="news.list.clear"/></a></p>
          </div>
        </c:when>
        <c:otherwise>
          <ol class="hits news-list">
            <c:forEach items="${page.cards}" var="card">
              <li class="hit news-card">
                <h3 class="hit-title"><a href="${fn:escapeXml(card.url())}"><c:out value="${card.title()}"/></a></h3>
                <p class="hit-meta"><c:if test="${not empty card.date()}"><time datetime="${fn:escapeXml(card.date())}"><c:out value="${card.date()}"/></time></c:if><c:if test="${not empty card.network()}"> · <span class="tag"><c:out value="${card.network()}"/></span></c:if><c:if test="${card.membersOnly()}"> · <span class="tag"><fmt:message key="news.members-only.badge"/></span></c:if></p>
                <c:if test="${not empty card.image()}"><img class="news-thumb" src="${fn:escapeXml(card.image())}" alt="${fn:escapeXml(card.imageAlt())}" width="160" loading="lazy"></c:if>
                <p class="news-lead"><c:out value="${card.lead()}"/></p>
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
      <button type="submit" class="secondary" formaction="/actualites#results" data-filter-submit><fmt:message key="search.filters.submit"/></button>
    </div>
  </div>
  </form>
</c:otherwise>
</c:choose>
<%@ include file="../layout/bottom.jspf" %>

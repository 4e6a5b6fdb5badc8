<fmt:message key="search.title" var="pageTitle"/>
<c:if test="${not empty page.search.query}"><c:set var="pageTitle" value="${page.search.query} — ${pageTitle}"/></c:if>
<%@ include file="layout/top.jspf" %>
<c:if test="${not empty page.search}"><fmt:message key="alerts.search.feed" var="feedTitle"/><link rel="alternate" type="application/atom+xml" href="${fn:escapeXml(page.search.feedUrl)}" title="${fn:escapeXml(feedTitle)}"></c:if>
<%@ include file="layout/header.jspf" %>
<h1><fmt:message key="search.heading"/></h1>

<form id="search-form" class="search-form" action="/recherche" method="get" role="search">
  <div class="search-box">
    <label for="q"><fmt:message key="search.label"/></label>
    <div class="search-row">
      <c:set var="typed" value="${empty page.search ? param.q : page.search.query}"/>
      <%@ include file="layout/search-input.jspf" %>
      <button type="submit"><fmt:message key="search.submit"/></button>
    </div>
    <p id="q-hint" class="hint"><fmt:message key="search.hint"/></p>
  </div>

<c:choose>
<c:when test="${not empty page.error}">
  </form>
  <div class="notice notice-error">
    <h2><fmt:message key="search.error.heading"/></h2>
    <p><c:out value="${page.error}"/></p>
    <p><a href="/recherche"><fmt:message key="search.error.back"/></a></p>
  </div>
</c:when>
<c:otherwise>
  <c:if test="${not page.search.defaultSize}"><input type="hidden" name="size" value="${fn:escapeXml(page.search.size)}"></c:if>
  <div class="columns">
    <div class="main-column">
      <h2 class="results-count" id="results">
        <ui:message key="search.results"><ui:param value="${page.search.total}"/></ui:message>
        <c:if test="${not empty page.search.query}">${' '}<ui:message key="search.results.for"><ui:param value="${page.search.resultsQuery}"/></ui:message></c:if>
        <c:if test="${page.search.page > 1}">${' — '}<ui:message key="search.results.page"><ui:param value="${page.search.page}"/></ui:message></c:if>
      </h2>
      <%-- The filters come after the results in the page: on a phone, and for the keyboard, a way to them first. --%>
      <p class="filters-jump"><a href="#filtres"><fmt:message key="search.filters.jump"/></a></p>
      <%-- Saved searches and alerts (issue 14 #7): saving needs an account, the feed does not. --%>
      <p class="search-follow">
        <c:if test="${not empty currentUser}"><a class="button small secondary" href="${fn:escapeXml(page.search.saveUrl)}"><fmt:message key="alerts.search.save"/></a></c:if>
        <a class="feed-link" href="${fn:escapeXml(page.search.feedUrl)}" type="application/atom+xml"><fmt:message key="alerts.search.feed"/></a>
      </p>

      <c:if test="${not empty page.search.suggestion}">
        <c:choose>
          <c:when test="${page.search.corrected}">
            <p class="notice correction"><ui:message key="search.corrected"><ui:param value="${page.search.suggestion}"/><ui:param value="${page.search.query}"/></ui:message>
              <a href="${fn:escapeXml(page.search.exactUrl)}"><ui:message key="search.corrected.exact"><ui:param value="${page.search.query}"/></ui:message></a></p>
          </c:when>
          <c:otherwise>
            <p class="notice suggestion"><fmt:message key="search.suggestion"/> <a href="${fn:escapeXml(page.search.suggestionUrl)}"><c:out value="${page.search.suggestion}"/></a> ?</p>
          </c:otherwise>
        </c:choose>
      </c:if>

      <%-- Never a dead end (issue 16): fewer results held every word, so these hold the most of them. --%>
      <c:if test="${page.search.relaxed}">
        <div class="notice relaxed">
          <p><c:choose>
            <c:when test="${page.search.fullMatches == 0}"><fmt:message key="search.relaxed.none"/></c:when>
            <c:otherwise><ui:message key="search.relaxed.few"><ui:param value="${page.search.fullMatches}"/></ui:message></c:otherwise>
          </c:choose></p>
          <c:if test="${not empty page.search.missingWords}">
            <p><fmt:message key="search.relaxed.missing"/>
              <c:forEach items="${page.search.missingWords}" var="word">${' '}<s><c:out value="${word}"/></s><span class="visually-hidden">${' '}<fmt:message key="search.relaxed.word"/></span></c:forEach></p>
          </c:if>
        </div>
      </c:if>

      <%-- The field's thesaurus (issue 16): acronyms, expansions and synonyms searched as well, unless turned off. --%>
      <c:if test="${not empty page.search.expansions}">
        <p class="notice expanded"><fmt:message key="search.expanded"/>
          <c:forEach items="${page.search.expansions}" var="line" varStatus="at">${at.first ? ' ' : ' ; '}<c:out value="${line}"/></c:forEach>.
          <a href="${fn:escapeXml(page.search.exactUrl)}"><fmt:message key="search.expanded.off"/></a></p>
      </c:if>

      <%@ include file="layout/active-filters.jspf" %>

      <c:choose>
        <c:when test="${empty page.search.hits}">
          <div class="notice">
            <h3><fmt:message key="search.empty.heading"/></h3>
            <ul>
              <li><fmt:message key="search.empty.spelling"/></li>
              <c:if test="${not empty page.search.activeFilters}">
                <li><fmt:message key="search.empty.filters"/>
                  <ul class="inline-links">
                    <c:forEach items="${page.search.activeFilters}" var="filter">
                      <li><a href="${fn:escapeXml(filter.removeUrl)}"><fmt:message key="search.remove"/> <c:out value="${filter.label}"/></a></li>
                    </c:forEach>
                    <li><a href="${fn:escapeXml(page.search.clearUrl)}"><fmt:message key="search.clear"/></a></li>
                  </ul>
                </li>
              </c:if>
              <li><fmt:message key="search.empty.themes"/>
                <ul class="inline-links">
                  <c:forEach items="${page.themes}" var="theme">
                    <li><a href="${fn:escapeXml(theme.url)}"><c:out value="${theme.label}"/></a></li>
                  </c:forEach>
                </ul>
              </li>
            </ul>
          </div>
        </c:when>
        <c:otherwise>
          <ol class="hits">
            <c:forEach items="${page.search.hits}" var="hit">
              <li class="hit"><%@ include file="layout/hit.jspf" %></li>
            </c:forEach>
          </ol>
        </c:otherwise>
      </c:choose>

      <%@ include file="layout/pagination.jspf" %>
    </div>
    <%-- After the results in the page, so that phones show results first; the grid puts it on the left from 50rem. --%>
    <div class="side-column filters">
      <h2 id="filtres" tabindex="-1"><fmt:message key="search.filters"/></h2>
      <%@ include file="layout/filters-hint.jspf" %>
      <div class="sort">
        <label for="sort"><fmt:message key="search.sort"/></label>
        <select id="sort" name="sort" data-autosubmit>
          <option value="relevance" ${page.search.sort == 'relevance' ? 'selected' : ''}><fmt:message key="search.sort.relevance"/></option>
          <option value="date" ${page.search.sort == 'date' ? 'selected' : ''}><fmt:message key="search.sort.date"/></option>
        </select>
      </div>
      <%@ include file="layout/facet-groups.jspf" %>
      <%-- Without script: to the new count, not back to the top nor to the filters. --%>
      <button type="submit" class="secondary" formaction="/recherche#results" data-filter-submit><fmt:message key="search.filters.submit"/></button>
    </div>

  </div>
  </form>
</c:otherwise>
</c:choose>
<%@ include file="layout/bottom.jspf" %>

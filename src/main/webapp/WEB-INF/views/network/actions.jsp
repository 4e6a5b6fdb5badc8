<fmt:message key="actions.title" var="pageTitle"/>
<c:if test="${not empty page.search.query}"><c:set var="pageTitle" value="${page.search.query} — ${pageTitle}"/></c:if>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="actions.heading"/></h1>
<p class="lead"><fmt:message key="actions.lead"/></p>
<p class="actions"><a class="button secondary" href="/actions/bilan"><fmt:message key="actions.results"/></a>
  <c:if test="${page.mayPropose}"><a class="button" href="/actions/nouvelle"><fmt:message key="action.propose"/></a></c:if></p>

<form id="search-form" class="search-form" action="/actions" method="get" role="search">
  <div class="search-box">
    <label for="q"><fmt:message key="actions.label"/></label>
    <div class="search-row">
      <input type="search" id="q" name="q" value="${fn:escapeXml(empty page.search ? param.q : page.search.query)}" aria-describedby="q-hint">
      <button type="submit"><fmt:message key="search.submit"/></button>
    </div>
    <p id="q-hint" class="hint"><fmt:message key="actions.hint"/></p>
  </div>

<c:choose>
<c:when test="${not empty page.error}">
  </form>
  <div class="notice notice-error">
    <h2><fmt:message key="search.error.heading"/></h2>
    <p><c:out value="${page.error}"/></p>
    <p><a href="/actions"><fmt:message key="actions.clear"/></a></p>
  </div>
</c:when>
<c:otherwise>
  <c:if test="${not page.search.defaultSize}"><input type="hidden" name="size" value="${fn:escapeXml(page.search.size)}"></c:if>
  <div class="columns">
    <div class="main-column">
      <h2 class="results-count" id="results">
        <ui:message key="actions.count"><ui:param value="${page.search.total}"/></ui:message>
        <c:if test="${not empty page.search.query}">${' '}<ui:message key="search.results.for"><ui:param value="${page.search.resultsQuery}"/></ui:message></c:if>
        <c:if test="${page.search.page > 1}">${' — '}<ui:message key="search.results.page"><ui:param value="${page.search.page}"/></ui:message></c:if>
      </h2>
      <%@ include file="../layout/active-filters.jspf" %>
      <c:choose>
        <c:when test="${empty page.search.hits}">
          <div class="notice">
            <h3><fmt:message key="actions.empty.heading"/></h3>
            <p><fmt:message key="actions.empty.text"/> <a href="/actions"><fmt:message key="actions.clear"/></a></p>
          </div>
        </c:when>
        <c:otherwise>
          <ol class="hits">
            <c:forEach items="${page.search.hits}" var="hit">
              <li class="hit"><%@ include file="../layout/hit.jspf" %></li>
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
      <button type="submit" class="secondary" formaction="/actions#results" data-filter-submit><fmt:message key="search.filters.submit"/></button>
    </div>
  </div>
  </form>
</c:otherwise>
</c:choose>
<%@ include file="../layout/bottom.jspf" %>

<c:set var="programme" value="${page.programme}"/>
<c:set var="pageTitle" value="${programme.name()}"/>
<%@ include file="../layout/top.jspf" %>
<link rel="canonical" href="${fn:escapeXml(programme.page())}">
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/partenariats"><fmt:message key="partnership.back"/></a></p>
<article class="resource programme">
  <h1><c:out value="${programme.name()}"/></h1>
  <dl class="facts">
    <dt><fmt:message key="programme.funder"/></dt><dd><c:out value="${programme.funder()}"/></dd>
    <c:if test="${not empty page.years}"><dt><fmt:message key="partnership.period"/></dt><dd><c:out value="${page.years}"/></dd></c:if>
  </dl>
  <c:if test="${not empty programme.website()}"><p><a href="${fn:escapeXml(programme.website())}" rel="noopener"><fmt:message key="programme.website"/></a></p></c:if>
  <c:if test="${not empty programme.description()}"><div class="report-section"><c:out value="${programme.description()}"/></div></c:if>
  <h2><fmt:message key="programme.partnerships"/></h2>
  <c:choose>
    <c:when test="${empty page.partnerships}"><p><fmt:message key="programme.partnerships.none"/></p></c:when>
    <c:otherwise>
      <ul class="cards">
        <c:forEach items="${page.partnerships}" var="card"><%@ include file="partnership-card.jspf" %></c:forEach>
      </ul>
    </c:otherwise>
  </c:choose>
</article>
<%@ include file="../layout/bottom.jspf" %>

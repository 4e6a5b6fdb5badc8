<fmt:message key="partnerships.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="partnerships.title"/></h1>
<p class="lead"><fmt:message key="partnerships.lead"/></p>
<p class="actions"><a href="/recherche?type=partnership"><fmt:message key="partnerships.search"/></a>
  <c:if test="${page.mayEnter}"> <a class="button" href="/partenariats/nouveau"><fmt:message key="partnerships.new"/></a></c:if></p>
<c:if test="${empty page.groups}"><p class="notice" role="status"><fmt:message key="partnerships.none"/></p></c:if>
<c:forEach items="${page.groups}" var="group">
  <section aria-labelledby="scale-${fn:escapeXml(group.scale())}">
    <h2 id="scale-${fn:escapeXml(group.scale())}"><c:out value="${group.label()}"/></h2>
    <ul class="cards">
      <c:forEach items="${group.partnerships()}" var="card">
        <%@ include file="partnership-card.jspf" %>
      </c:forEach>
    </ul>
  </section>
</c:forEach>
<c:if test="${not empty page.programmes}">
  <section aria-labelledby="programmes-title">
    <h2 id="programmes-title"><fmt:message key="programmes.title"/></h2>
    <ul>
      <c:forEach items="${page.programmes}" var="programme">
        <li><a href="${fn:escapeXml(programme.page())}"><c:out value="${programme.name()}"/></a> — <c:out value="${programme.funder()}"/></li>
      </c:forEach>
    </ul>
  </section>
</c:if>
<%@ include file="../layout/bottom.jspf" %>

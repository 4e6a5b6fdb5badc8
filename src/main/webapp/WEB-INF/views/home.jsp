<fmt:message key="home.title" var="pageTitle"/>
<%@ include file="layout/top.jspf" %>
<%@ include file="layout/header.jspf" %>
<h1><fmt:message key="home.heading"/></h1>
<p class="lead"><fmt:message key="home.intro"/></p>

<form class="search-box" action="/recherche" method="get" role="search">
  <label for="q"><fmt:message key="search.label"/></label>
  <div class="search-row">
    <c:set var="typed" value=""/><%@ include file="layout/search-input.jspf" %>
    <button type="submit"><fmt:message key="search.submit"/></button>
  </div>
  <p id="q-hint" class="hint"><fmt:message key="search.hint"/></p>
</form>

<section aria-labelledby="pillars">
  <h2 id="pillars"><fmt:message key="home.pillars"/></h2>
  <ul class="pillars">
    <li><h3><a href="/recherche"><fmt:message key="nav.inform"/></a></h3><p><fmt:message key="home.inform.text"/></p></li>
    <li><h3><a href="/contribuer"><fmt:message key="nav.contribute"/></a></h3><p><fmt:message key="home.contribute.text"/></p></li>
    <li><h3><a href="/formations"><fmt:message key="nav.train"/></a></h3><p><fmt:message key="home.train.text"/></p>
      <p><a href="/webinaires"><fmt:message key="home.train.webinars"/></a></p></li>
    <li><h3><a href="/reseau"><fmt:message key="nav.network"/></a></h3><p><fmt:message key="home.network.text"/></p></li>
  </ul>
</section>

<div class="columns">
<section aria-labelledby="latest" class="main-column">
  <h2 id="latest"><fmt:message key="home.latest"/></h2>
  <c:choose>
    <c:when test="${empty page.latest}"><p><fmt:message key="home.latest.none"/></p></c:when>
    <c:otherwise>
      <ul class="hits">
        <c:forEach items="${page.latest}" var="hit">
          <li class="hit"><%@ include file="layout/hit.jspf" %></li>
        </c:forEach>
      </ul>
    </c:otherwise>
  </c:choose>
</section>

<section aria-labelledby="figures" class="side-column">
  <h2 id="figures"><fmt:message key="home.figures"/></h2>
  <p class="figure-total"><ui:message key="home.figures.total"><ui:param value="${page.total}"/></ui:message></p>
  <ul class="figures">
    <c:forEach items="${page.types}" var="figure">
      <li><a href="${fn:escapeXml(figure.url)}"><span class="count">${fn:escapeXml(figure.count)}</span> <c:out value="${figure.label}"/></a></li>
    </c:forEach>
  </ul>
  <p><a href="/recherche?sort=date"><fmt:message key="home.figures.all"/></a></p>
</section>
</div>
<%@ include file="layout/bottom.jspf" %>

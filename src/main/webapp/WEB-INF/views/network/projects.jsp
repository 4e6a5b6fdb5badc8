<fmt:message key="projects.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="projects.title"/></h1>
<p class="lead"><fmt:message key="projects.lead"/></p>
<c:if test="${page.mayCreate}"><p><a class="button secondary" href="/projets/nouveau"><fmt:message key="projects.new"/></a></p></c:if>
<form class="filters" method="get" action="/projets">
  <p class="field">
    <label for="country"><fmt:message key="projects.filter.country"/></label>
    <select id="country" name="country">
      <option value=""><fmt:message key="projects.filter.any-country"/></option>
      <c:forEach items="${page.countries}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
    </select>
  </p>
  <p class="field">
    <label for="period"><fmt:message key="projects.filter.period"/></label>
    <select id="period" name="period">
      <option value=""><fmt:message key="projects.filter.any-period"/></option>
      <c:forEach items="${page.periods}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
    </select>
  </p>
  <p class="actions"><button type="submit"><fmt:message key="projects.filter.apply"/></button></p>
</form>
<c:choose>
  <c:when test="${empty page.projects}"><p><fmt:message key="projects.none"/></p></c:when>
  <c:otherwise>
    <ul class="cards projects">
      <c:forEach items="${page.projects}" var="row">
        <li class="card">
          <h2><a href="${fn:escapeXml(row.url())}"><c:out value="${row.title()}"/><c:if test="${not empty row.acronym()}"> (<c:out value="${row.acronym()}"/>)</c:if></a></h2>
          <p class="hit-meta"><c:out value="${row.period()}"/><c:if test="${row.draft()}"> <span class="tag"><fmt:message key="project.draft"/></span></c:if></p>
          <c:if test="${not empty row.countries()}"><p class="hit-meta"><fmt:message key="project.countries"/> <c:out value="${row.countries()}"/></p></c:if>
          <c:if test="${not empty row.summary()}"><p><c:out value="${row.summary()}"/></p></c:if>
        </li>
      </c:forEach>
    </ul>
  </c:otherwise>
</c:choose>
<%@ include file="../layout/bottom.jspf" %>

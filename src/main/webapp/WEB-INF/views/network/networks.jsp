<fmt:message key="networks.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="networks.title"/></h1>
<p class="lead"><fmt:message key="networks.lead"/></p>
<c:choose>
  <c:when test="${empty page.networks}"><p><fmt:message key="networks.none"/></p></c:when>
  <c:otherwise>
    <ul class="cards networks">
      <c:forEach items="${page.networks}" var="row">
        <li class="card">
          <h2><a href="${fn:escapeXml(row.url())}"><c:out value="${row.name()}"/></a></h2>
          <c:if test="${not empty row.territory()}"><p class="hit-meta"><span class="tag"><c:out value="${row.territory()}"/></span></p></c:if>
          <c:if test="${not empty row.description()}"><p><c:out value="${row.description()}"/></p></c:if>
        </li>
      </c:forEach>
    </ul>
  </c:otherwise>
</c:choose>
<%@ include file="../layout/bottom.jspf" %>

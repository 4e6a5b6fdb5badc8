<fmt:message key="mynetworks.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/mon-espace"><fmt:message key="mynetworks.back"/></a></p>
<h1><fmt:message key="mynetworks.title"/></h1>
<h2 id="membre"><fmt:message key="mynetworks.member"/></h2>
<c:choose>
  <c:when test="${empty page.member}"><p><fmt:message key="mynetworks.member.none"/> <a href="/reseaux"><fmt:message key="mynetworks.browse"/></a></p></c:when>
  <c:otherwise><ul><c:forEach items="${page.member}" var="row"><li><a href="${fn:escapeXml(row.url())}"><c:out value="${row.name()}"/></a> <span class="hit-meta"><c:out value="${row.detail()}"/></span></li></c:forEach></ul></c:otherwise>
</c:choose>
<c:if test="${not empty page.pending}">
  <h2 id="en-attente"><fmt:message key="mynetworks.pending"/></h2>
  <ul><c:forEach items="${page.pending}" var="row"><li><a href="${fn:escapeXml(row.url())}"><c:out value="${row.name()}"/></a> <span class="hit-meta"><c:out value="${row.detail()}"/></span></li></c:forEach></ul>
</c:if>
<c:if test="${not empty page.animated}">
  <h2 id="animes"><fmt:message key="mynetworks.animated"/></h2>
  <ul><c:forEach items="${page.animated}" var="row"><li><a href="${fn:escapeXml(row.url())}"><c:out value="${row.name()}"/></a> <span class="hit-meta"><c:out value="${row.detail()}"/></span></li></c:forEach></ul>
  <p><a class="button secondary" href="/lettre/numeros"><fmt:message key="mynetworks.newsletter"/></a></p>
</c:if>
<%@ include file="../layout/bottom.jspf" %>

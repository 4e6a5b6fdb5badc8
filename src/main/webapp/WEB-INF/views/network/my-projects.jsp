<fmt:message key="myprojects.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/mon-espace"><fmt:message key="mynetworks.back"/></a></p>
<h1><fmt:message key="myprojects.title"/></h1>
<h2 id="membre"><fmt:message key="myprojects.member"/></h2>
<c:choose>
  <c:when test="${empty page.member}"><p><fmt:message key="myprojects.member.none"/> <a href="/projets"><fmt:message key="myprojects.browse"/></a></p></c:when>
  <c:otherwise><ul><c:forEach items="${page.member}" var="row"><li><a href="${fn:escapeXml(row.space())}"><c:out value="${row.title()}"/></a><c:if test="${not empty row.detail()}"> <span class="hit-meta"><c:out value="${row.detail()}"/></span></c:if></li></c:forEach></ul></c:otherwise>
</c:choose>
<c:if test="${not empty page.coordinated}">
  <h2 id="coordonnes"><fmt:message key="myprojects.coordinated"/></h2>
  <ul><c:forEach items="${page.coordinated}" var="row"><li><a href="${fn:escapeXml(row.space())}"><c:out value="${row.title()}"/></a></li></c:forEach></ul>
</c:if>
<%@ include file="../layout/bottom.jspf" %>

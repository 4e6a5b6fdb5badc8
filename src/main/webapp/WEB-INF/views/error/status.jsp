<%-- The page of an answer that is not an error of the server: 404 (not found), 410 (withdrawn) and 413 (upload too large), each with its
     own title and text in the bundle. --%>
<c:set var="code" value="${requestScope['jakarta.servlet.error.status_code']}"/>
<fmt:message key="error.${code}.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><c:out value="${pageTitle}"/></h1>
<p class="lead"><fmt:message key="error.${code}.text"/></p>
<ul>
  <li><a href="/"><fmt:message key="error.home"/></a></li>
  <li><a href="/recherche"><fmt:message key="error.search"/></a></li>
</ul>
<%@ include file="../layout/bottom.jspf" %>

<fmt:message key="error.500.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="error.500.title"/></h1>
<p class="lead"><fmt:message key="error.500.text"/></p>
<ul>
  <li><a href="/"><fmt:message key="error.home"/></a></li>
  <li><a href="/recherche"><fmt:message key="error.search"/></a></li>
</ul>
<%@ include file="../layout/bottom.jspf" %>

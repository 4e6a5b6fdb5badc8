<fmt:message key="error.403.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="error.403.title"/></h1>
<c:choose>
  <c:when test="${requestScope['bocage.csrfRefused']}"><p class="lead"><fmt:message key="error.403.csrf"/></p></c:when>
  <c:otherwise><p class="lead"><fmt:message key="error.403.text"/></p></c:otherwise>
</c:choose>
<ul>
  <li><a href="/"><fmt:message key="error.home"/></a></li>
  <li><a href="/connexion"><fmt:message key="login.title"/></a></li>
</ul>
<%@ include file="../layout/bottom.jspf" %>

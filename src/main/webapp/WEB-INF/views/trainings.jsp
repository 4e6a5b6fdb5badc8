<fmt:message key="trainings.title" var="pageTitle"/>
<%@ include file="layout/top.jspf" %>
<%@ include file="layout/header.jspf" %>
<h1><fmt:message key="trainings.title"/></h1>
<p class="lead"><fmt:message key="trainings.text"/></p>
<p><a href="/recherche?type=course"><fmt:message key="trainings.link"/></a></p>
<p><a href="/"><fmt:message key="coming.back"/></a></p>
<%@ include file="layout/bottom.jspf" %>

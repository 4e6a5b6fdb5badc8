<fmt:message key="contribute.title" var="pageTitle"/>
<%@ include file="layout/top.jspf" %>
<%@ include file="layout/header.jspf" %>
<h1><fmt:message key="contribute.title"/></h1>
<p class="lead"><fmt:message key="contribute.text"/></p>
<p><a href="/"><fmt:message key="coming.back"/></a></p>
<%@ include file="layout/bottom.jspf" %>

<fmt:message key="contribution.refused" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="contribution.refused"/></h1>
<%@ include file="error.jspf" %>
<p><a href="${fn:escapeXml(back)}"><fmt:message key="contribution.back"/></a></p>
<%@ include file="../layout/bottom.jspf" %>

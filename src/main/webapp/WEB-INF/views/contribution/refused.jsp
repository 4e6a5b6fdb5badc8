<fmt:message key="contribution.refused" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="contribution.refused"/></h1>
<%@ include file="../layout/form-error.jspf" %>
<p><a href="${fn:escapeXml(page.back)}"><fmt:message key="contribution.back"/></a></p>
<%@ include file="../layout/bottom.jspf" %>

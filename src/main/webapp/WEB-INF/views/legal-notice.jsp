<fmt:message key="legal.title" var="pageTitle"/>
<%@ include file="layout/top.jspf" %>
<%@ include file="layout/header.jspf" %>
<div class="prose">
<h1><fmt:message key="legal.title"/></h1>
<h2><fmt:message key="legal.editor.heading"/></h2>
<p><fmt:message key="legal.editor.text"/></p>
<h2><fmt:message key="legal.hosting.heading"/></h2>
<p><fmt:message key="legal.hosting.text"/></p>
<h2><fmt:message key="legal.data.heading"/></h2>
<p><fmt:message key="legal.data.text"/></p>
<h2><fmt:message key="legal.content.heading"/></h2>
<p><fmt:message key="legal.content.text"/></p>
</div>
<%@ include file="layout/bottom.jspf" %>

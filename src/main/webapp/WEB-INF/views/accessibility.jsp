<fmt:message key="accessibility.title" var="pageTitle"/>
<%@ include file="layout/top.jspf" %>
<%@ include file="layout/header.jspf" %>
<div class="prose">
<h1><fmt:message key="accessibility.title"/></h1>
<p><fmt:message key="accessibility.intro"/></p>
<h2><fmt:message key="accessibility.status.heading"/></h2>
<p><fmt:message key="accessibility.status.text"/></p>
<h2><fmt:message key="accessibility.checked.heading"/></h2>
<ul>
  <li><fmt:message key="accessibility.checked.structure"/></li>
  <li><fmt:message key="accessibility.checked.keyboard"/></li>
  <li><fmt:message key="accessibility.checked.forms"/></li>
  <li><fmt:message key="accessibility.checked.contrast"/></li>
  <li><fmt:message key="accessibility.checked.tools"/></li>
</ul>
<h2><fmt:message key="accessibility.limits.heading"/></h2>
<p><fmt:message key="accessibility.limits.text"/></p>
<h2><fmt:message key="accessibility.contact.heading"/></h2>
<p><fmt:message key="accessibility.contact.text"/></p>
<h2><fmt:message key="accessibility.remedy.heading"/></h2>
<p><fmt:message key="accessibility.remedy.text"/></p>
</div>
<%@ include file="layout/bottom.jspf" %>

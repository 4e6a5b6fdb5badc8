<fmt:message key="contact.sent.title" var="pageTitle"/>
<%@ include file="../../layout/top.jspf" %>
<%@ include file="../../layout/header.jspf" %>
<div class="narrow">
<div class="notice" role="status">
  <h1><fmt:message key="contact.sent.title"/></h1>
  <p><fmt:message key="contact.sent.text"/></p>
</div>
<p><a href="${fn:escapeXml(page.backUrl)}"><fmt:message key="contact.sent.back"/></a></p>
</div>
<%@ include file="../../layout/bottom.jspf" %>

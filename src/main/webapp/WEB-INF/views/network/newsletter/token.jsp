<%-- The page of an e-mailed link (confirm a subscription, unsubscribe): it acts only on the button's post, since mail scanners follow links. --%>
<fmt:message key="newsletter.${page.kind}.title" var="pageTitle"/>
<%@ include file="../../layout/top.jspf" %>
<%@ include file="../../layout/header.jspf" %>
<div class="narrow">
<h1><c:out value="${pageTitle}"/></h1>
<p class="lead"><fmt:message key="newsletter.${page.kind}.lead"/></p>
<form method="post" action="${fn:escapeXml(page.action)}">
  <%@ include file="../../layout/csrf.jspf" %>
  <input type="hidden" name="jeton" value="${fn:escapeXml(page.token)}">
  <p><button type="submit"><fmt:message key="newsletter.${page.kind}.button"/></button></p>
</form>
</div>
<%@ include file="../../layout/bottom.jspf" %>

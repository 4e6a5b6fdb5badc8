<ui:message key="list.unsubscribe.title" var="pageTitle"><ui:param value="${page.networkName}"/></ui:message>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<div class="narrow">
<p class="breadcrumb"><a href="/reseaux/${fn:escapeXml(page.slug)}/liste"><fmt:message key="list.archive"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<p><fmt:message key="list.unsubscribe.text"/></p>
<form method="post" action="/reseaux/${fn:escapeXml(page.slug)}/liste/desabonnement">
  <%@ include file="../layout/csrf.jspf" %>
  <p><button type="submit"><fmt:message key="list.unsubscribe.button"/></button></p>
</form>
</div>
<%@ include file="../layout/bottom.jspf" %>

<fmt:message key="report.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="report.title"/></h1>
<p class="lead"><fmt:message key="report.lead"/></p>
<%@ include file="../layout/form-error.jspf" %>
<form class="contribution-form" action="/contribuer/retour-experience" method="post" novalidate>
  <%@ include file="../layout/csrf.jspf" %>
  <c:set var="titleRequired" value="${true}"/>
  <c:set var="typeFixed" value="${true}"/>
  <c:set var="form" value="${page.form}"/>
  <c:set var="courseFields" value="${false}"/>
  <%@ include file="metadata-fields.jspf" %>
  <%@ include file="report-fields.jspf" %>
  <p><button type="submit"><fmt:message key="report.save"/></button></p>
</form>
<%@ include file="../layout/bottom.jspf" %>

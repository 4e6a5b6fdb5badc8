<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<fmt:message key="reset.new.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<div class="narrow">
<h1><fmt:message key="reset.new.title"/></h1>
<%@ include file="../layout/form-error.jspf" %>
<form class="account-form" action="/nouveau-mot-de-passe" method="post" novalidate>
  <%@ include file="../layout/csrf.jspf" %>
  <input type="hidden" name="jeton" value="${fn:escapeXml(page.token)}">
  <b:field name="password" label="reset.new.password" type="password" error="${page.feedback.errors.password}" autocomplete="new-password" hint="register.password.hint"/>
  <b:field name="confirmation" label="reset.new.confirmation" type="password" error="${page.feedback.errors.confirmation}" autocomplete="new-password"/>
  <button type="submit"><fmt:message key="reset.new.submit"/></button>
</form>
</div>
<%@ include file="../layout/bottom.jspf" %>

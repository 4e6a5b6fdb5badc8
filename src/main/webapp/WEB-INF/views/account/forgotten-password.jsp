<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<fmt:message key="reset.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<div class="narrow">
<h1><fmt:message key="reset.title"/></h1>
<p><fmt:message key="reset.intro"/></p>
<%@ include file="../layout/form-error.jspf" %>
<form class="account-form" action="/mot-de-passe-oublie" method="post" novalidate>
  <%@ include file="../layout/csrf.jspf" %>
  <b:field name="email" label="register.email" type="email" value="${param.email}" error="${page.feedback.errors.email}" autocomplete="email"/>
  <button type="submit"><fmt:message key="reset.submit"/></button>
</form>
</div>
<%@ include file="../layout/bottom.jspf" %>

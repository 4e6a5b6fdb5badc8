<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<fmt:message key="login.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<div class="narrow">
<h1><fmt:message key="login.title"/></h1>
<c:if test="${page.contributing}">
  <div class="notice" id="login-why">
    <p><strong><fmt:message key="login.contribute.title"/></strong></p>
    <p><fmt:message key="login.contribute.text"/></p>
    <p><a href="/inscription"><fmt:message key="login.contribute.register"/></a></p>
  </div>
</c:if>
<%@ include file="../layout/form-error.jspf" %>
<c:if test="${not empty page.sso}">
  <ui:message key="login.sso" var="ssoLabel"><ui:param value="${page.sso.name()}"/></ui:message>
  <p><a class="button" href="${fn:escapeXml(page.sso.href())}"><c:out value="${ssoLabel}"/></a></p>
  <p><fmt:message key="login.sso.or"/></p>
</c:if>
<form class="account-form" action="/connexion" method="post" novalidate>
  <%@ include file="../layout/csrf.jspf" %>
  <c:if test="${not empty page.returnTo}"><input type="hidden" name="retour" value="${fn:escapeXml(page.returnTo)}"></c:if>
  <b:field name="login" label="login.login" type="email" value="${param.login}" error="${page.feedback.errors.login}" autocomplete="username"/>
  <b:field name="password" label="login.password" type="password" error="${page.feedback.errors.password}" autocomplete="current-password"/>
  <button type="submit"><fmt:message key="login.submit"/></button>
</form>
<ul class="inline-links">
  <li><a href="/mot-de-passe-oublie"><fmt:message key="login.forgotten"/></a></li>
  <li><a href="/inscription"><fmt:message key="login.register"/></a></li>
  <li><a href="/inscription/envoyee"><fmt:message key="login.resend"/></a></li>
</ul>
</div>
<%@ include file="../layout/bottom.jspf" %>

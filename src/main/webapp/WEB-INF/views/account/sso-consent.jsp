<fmt:message key="sso.consent.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<div class="narrow">
<h1><fmt:message key="sso.consent.title"/></h1>
<p class="lead"><ui:message key="sso.consent.intro"><ui:param value="${page.email}"/></ui:message></p>
<%@ include file="../layout/form-error.jspf" %>
<form class="account-form" action="/connexion/oidc/consentement" method="post" novalidate>
  <%@ include file="../layout/csrf.jspf" %>
  <div class="field field-check">
    <c:set var="field" value="acceptTerms"/><%@ include file="../layout/field-error.jspf" %>
    <input type="checkbox" id="acceptTerms" name="acceptTerms" value="oui" required<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="acceptTerms-error"</c:if>>
    <label for="acceptTerms"><fmt:message key="register.terms"/></label>
  </div>
  <p class="hint"><a href="/mentions-legales"><fmt:message key="register.terms.link"/></a></p>
  <button type="submit"><fmt:message key="sso.consent.submit"/></button>
</form>
</div>
<%@ include file="../layout/bottom.jspf" %>

<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<fmt:message key="register.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<div class="narrow">
<h1><fmt:message key="register.title"/></h1>
<p class="lead"><fmt:message key="register.intro"/></p>
<%@ include file="../layout/form-error.jspf" %>
<form class="account-form" action="/inscription" method="post" novalidate>
  <%@ include file="../layout/csrf.jspf" %>
  <b:field name="name" label="register.name" value="${param.name}" error="${page.feedback.errors.name}" autocomplete="name"/>
  <b:field name="email" label="register.email" type="email" value="${param.email}" error="${page.feedback.errors.email}" autocomplete="email" hint="register.email.hint"/>
  <b:field name="organisation" label="register.organisation" value="${param.organisation}" error="${page.feedback.errors.organisation}" autocomplete="organization"/>
  <div class="field">
    <label for="territory"><fmt:message key="register.territory"/></label>
    <c:if test="${not empty page.feedback.errors.territory}"><p class="field-error" id="territory-error"><c:out value="${page.feedback.errors.territory}"/></p></c:if>
    <select id="territory" name="territory" required<c:if test="${not empty page.feedback.errors.territory}"> aria-invalid="true" aria-describedby="territory-error"</c:if>>
      <option value=""><fmt:message key="register.territory.choose"/></option>
      <c:forEach items="${page.territories}" var="term">
        <option value="${fn:escapeXml(term.code)}"<c:if test="${term.code == param.territory}"> selected</c:if>><c:out value="${term.label}"/></option>
      </c:forEach>
    </select>
  </div>
  <b:field name="password" label="register.password" type="password" error="${page.feedback.errors.password}" autocomplete="new-password" hint="register.password.hint"/>
  <div class="field field-check">
    <input type="checkbox" id="acceptTerms" name="acceptTerms" value="oui" required<c:if test="${not empty param.acceptTerms}"> checked</c:if><c:if test="${not empty page.feedback.errors.acceptTerms}"> aria-invalid="true" aria-describedby="acceptTerms-error"</c:if>>
    <label for="acceptTerms"><fmt:message key="register.terms"/></label>
    <c:if test="${not empty page.feedback.errors.acceptTerms}"><p class="field-error" id="acceptTerms-error"><c:out value="${page.feedback.errors.acceptTerms}"/></p></c:if>
  </div>
  <p class="hint"><a href="/mentions-legales"><fmt:message key="register.terms.link"/></a></p>
  <button type="submit"><fmt:message key="register.submit"/></button>
</form>
<p><fmt:message key="register.have-account"/> <a href="/connexion"><fmt:message key="login.title"/></a></p>
</div>
<%@ include file="../layout/bottom.jspf" %>

<%-- /lettre/abonnement: the address, the themes (none ticked = all), the consent; the per-field errors pattern. The field "website" is the
     robots' trap, hidden from everybody (see the contact form). --%>
<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<fmt:message key="newsletter.subscribe.title" var="pageTitle"/>
<%@ include file="../../layout/top.jspf" %>
<%@ include file="../../layout/header.jspf" %>
<div class="narrow">
<p class="breadcrumb"><a href="/lettre"><fmt:message key="newsletter.archive.title"/></a></p>
<h1 id="subscribe-title"><fmt:message key="newsletter.subscribe.title"/></h1>
<p class="lead"><fmt:message key="newsletter.subscribe.lead"/></p>
<%@ include file="../../layout/form-error.jspf" %>
<form method="post" action="/lettre/abonnement" novalidate class="contribution-form">
  <%@ include file="../../layout/csrf.jspf" %>
  <input type="hidden" name="token" value="${fn:escapeXml(page.token)}">
  <b:field name="email" label="newsletter.email" type="email" value="${page.email}" error="${page.feedback.errors['email']}" autocomplete="email" hint="newsletter.email.hint"/>
  <c:set var="field" value="themes"/>
  <fieldset class="field"<c:if test="${not empty page.feedback.errors['themes']}"> aria-describedby="themes-error"</c:if>>
    <legend><fmt:message key="newsletter.themes"/></legend>
    <p class="hint"><fmt:message key="newsletter.themes.hint"/></p>
    <%@ include file="../../layout/field-error.jspf" %>
    <ul class="choices">
      <c:forEach items="${page.themes}" var="theme" varStatus="at">
        <li><input type="checkbox" id="theme-${fn:escapeXml(at.index)}" name="themes" value="${fn:escapeXml(theme.key)}"<c:if test="${page.chosen.contains(theme.key)}"> checked</c:if>>
          <label for="theme-${fn:escapeXml(at.index)}"><c:out value="${theme.value}"/></label></li>
      </c:forEach>
    </ul>
  </fieldset>
  <div class="contact-trap">
    <label for="website"><fmt:message key="contact.trap"/></label>
    <input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off">
  </div>
  <c:set var="consentError" value="${page.feedback.errors['consent']}"/>
  <div class="field field-check">
    <input type="checkbox" id="consent" name="consent" value="oui" required<c:if test="${not empty consentError}"> aria-invalid="true" aria-describedby="consent-error"</c:if>>
    <label for="consent"><fmt:message key="newsletter.consent"/></label>
    <c:if test="${not empty consentError}"><p class="field-error" id="consent-error"><c:out value="${consentError}"/></p></c:if>
  </div>
  <p class="hint"><a href="/mentions-legales"><fmt:message key="register.terms.link"/></a></p>
  <p><button type="submit"><fmt:message key="newsletter.subscribe.button"/></button></p>
</form>
</div>
<%@ include file="../../layout/bottom.jspf" %>

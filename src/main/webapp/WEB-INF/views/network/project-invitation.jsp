<%-- The page of an invitation's link: join, sign in and come back, or open an account; or why the link no longer works. --%>
<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<fmt:message key="${empty page.error ? 'project.invitation.title' : 'project.invitation.refused'}" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<meta name="robots" content="noindex">
<%@ include file="../layout/header.jspf" %>
<div class="narrow">
<h1><c:out value="${pageTitle}"/></h1>
<c:choose>
  <c:when test="${not empty page.error}">
    <div class="notice notice-error" role="alert"><p><c:out value="${page.error}"/></p></div>
    <p><a href="/"><fmt:message key="project.invitation.home"/></a></p>
  </c:when>
  <c:otherwise>
    <p class="lead"><ui:message key="project.invitation.intro"><ui:param value="${page.projectTitle}"/><ui:param value="${page.organisation}"/></ui:message></p>
    <c:choose>
      <c:when test="${page.mode == 'join'}">
        <form method="post" action="/projets/invitation/${fn:escapeXml(page.token)}">
          <%@ include file="../layout/csrf.jspf" %>
          <button type="submit"><fmt:message key="project.invitation.join"/></button>
        </form>
      </c:when>
      <c:when test="${page.mode == 'signin'}">
        <p><ui:message key="project.invitation.signin.lead"><ui:param value="${page.email}"/></ui:message></p>
        <p><a class="button" href="${fn:escapeXml(page.login)}"><fmt:message key="project.invitation.signin"/></a></p>
      </c:when>
      <c:otherwise>
        <p><ui:message key="project.invitation.create.lead"><ui:param value="${page.email}"/></ui:message></p>
        <p><fmt:message key="project.invitation.other-account"/> <a href="${fn:escapeXml(page.login)}"><fmt:message key="project.invitation.signin"/></a></p>
        <%@ include file="../layout/form-error.jspf" %>
        <form class="account-form" method="post" action="/projets/invitation/${fn:escapeXml(page.token)}" novalidate>
          <%@ include file="../layout/csrf.jspf" %>
          <b:field name="name" label="register.name" value="${page.typed}" error="${page.feedback.errors.name}" autocomplete="name"/>
          <b:field name="password" label="register.password" type="password" error="${page.feedback.errors.password}" autocomplete="new-password" hint="register.password.hint"/>
          <div class="field field-check">
            <input type="checkbox" id="acceptTerms" name="acceptTerms" value="oui" required<c:if test="${not empty page.feedback.errors.acceptTerms}"> aria-invalid="true" aria-describedby="acceptTerms-error"</c:if>>
            <label for="acceptTerms"><fmt:message key="register.terms"/></label>
            <c:if test="${not empty page.feedback.errors.acceptTerms}"><p class="field-error" id="acceptTerms-error"><c:out value="${page.feedback.errors.acceptTerms}"/></p></c:if>
          </div>
          <p class="hint"><a href="/mentions-legales"><fmt:message key="register.terms.link"/></a></p>
          <button type="submit"><fmt:message key="project.invitation.create.submit"/></button>
        </form>
      </c:otherwise>
    </c:choose>
  </c:otherwise>
</c:choose>
</div>
<%@ include file="../layout/bottom.jspf" %>

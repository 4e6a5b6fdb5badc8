<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<fmt:message key="${page.notice}.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<div class="narrow">
<h1><c:out value="${pageTitle}"/></h1>
<p class="lead"><fmt:message key="${page.notice}.text"/></p>
<c:choose>
  <c:when test="${page.notice == 'register.sent' or page.notice == 'register.invalid'}">
    <h2><fmt:message key="register.resend.heading"/></h2>
    <form class="account-form" action="/inscription/renvoyer" method="post" novalidate>
      <%@ include file="../layout/csrf.jspf" %>
      <b:field name="email" label="register.email" type="email" autocomplete="email"/>
      <button type="submit"><fmt:message key="register.resend.submit"/></button>
    </form>
  </c:when>
  <c:when test="${page.notice == 'reset.invalid'}">
    <p><a href="/mot-de-passe-oublie"><fmt:message key="reset.again"/></a></p>
  </c:when>
  <c:otherwise>
    <p><a class="button" href="/connexion"><fmt:message key="login.title"/></a></p>
  </c:otherwise>
</c:choose>
</div>
<%@ include file="../layout/bottom.jspf" %>

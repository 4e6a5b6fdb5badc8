<fmt:message key="confirm.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="confirm.title"/></h1>
<%@ include file="../layout/form-error.jspf" %>
<c:if test="${not empty page.webinar}">
  <%@ include file="registration-webinar.jspf" %>
</c:if>
<c:if test="${not empty page.event}">
  <%@ include file="registration-event.jspf" %>
</c:if>
<c:if test="${not empty page.webinar or not empty page.event}">
  <p><fmt:message key="confirm.question"/></p>
  <form method="post" action="/webinaires/confirmation">
    <%@ include file="../layout/csrf.jspf" %>
    <input type="hidden" name="jeton" value="${fn:escapeXml(page.token)}">
    <p><button type="submit"><fmt:message key="confirm.send"/></button></p>
  </form>
  <p class="hint"><fmt:message key="confirm.ignore"/></p>
</c:if>
<p><a href="/webinaires"><fmt:message key="webinar.back"/></a></p>
<%@ include file="../layout/bottom.jspf" %>

<fmt:message key="cancel.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="cancel.title"/></h1>
<%@ include file="../layout/form-error.jspf" %>
<c:choose>
  <c:when test="${page.cancelled}">
    <p class="notice" role="status"><fmt:message key="cancel.done"/></p>
  </c:when>
  <c:when test="${empty page.feedback.error}">
    <c:if test="${not empty page.webinar}">
      <%@ include file="registration-webinar.jspf" %>
      <p class="notice" role="status"><fmt:message key="${page.confirmed ? 'webinar.mine.confirmed' : 'webinar.mine.waiting'}"/></p>
      <c:if test="${not empty page.joinUrl}">
        <p class="download"><a class="button" href="${fn:escapeXml(page.joinUrl)}" rel="noopener"><fmt:message key="webinar.join"/></a></p>
      </c:if>
      <p><a href="${fn:escapeXml(page.webinar.icsUrl())}"><fmt:message key="webinar.ics"/></a></p>
    </c:if>
    <c:if test="${not empty page.event}">
      <%@ include file="registration-event.jspf" %>
      <p class="notice" role="status"><fmt:message key="${page.confirmed ? 'course.mine.confirmed' : 'course.mine.waiting'}"/></p>
    </c:if>
    <h2><fmt:message key="cancel.heading"/></h2>
    <p><fmt:message key="cancel.question"/></p>
    <form method="post" action="/webinaires/annulation">
      <%@ include file="../layout/csrf.jspf" %>
      <input type="hidden" name="jeton" value="${fn:escapeXml(page.token)}">
      <p><button type="submit"><fmt:message key="cancel.confirm"/></button></p>
    </form>
  </c:when>
</c:choose>
<p><a href="/webinaires"><fmt:message key="webinar.back"/></a></p>
<%@ include file="../layout/bottom.jspf" %>

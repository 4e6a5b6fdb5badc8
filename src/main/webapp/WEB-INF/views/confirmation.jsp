<%-- Confirmation of a destructive action without JavaScript (platform.web.Confirmation): the question, then the
     fields of the first post, posted again with the answer. --%>
<fmt:message key="confirmation.title" var="pageTitle"/>
<%@ include file="layout/top.jspf" %>
<%@ include file="layout/header.jspf" %>
<h1><fmt:message key="confirmation.title"/></h1>
<form class="confirmation" method="post" action="${fn:escapeXml(page.action)}">
  <%@ include file="layout/csrf.jspf" %>
  <p class="lead"><ui:message key="${page.question}"><ui:param value="${page.subject}"/></ui:message></p>
  <c:forEach items="${page.fields}" var="field">
    <input type="hidden" name="${fn:escapeXml(field.name())}" value="${fn:escapeXml(field.value())}">
  </c:forEach>
  <input type="hidden" name="${fn:escapeXml(page.answerField())}" value="${fn:escapeXml(page.yes())}">
  <p class="actions">
    <button type="submit"><fmt:message key="${page.confirm}"/></button>
    <a class="button secondary" href="${fn:escapeXml(page.cancel)}"><fmt:message key="confirmation.cancel"/></a>
  </p>
</form>
<%@ include file="layout/bottom.jspf" %>

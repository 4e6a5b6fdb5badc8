<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<fmt:message key="${empty page.id ? 'alerts.new.title' : 'alerts.edit.title'}" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<div class="narrow">
<h1><c:out value="${pageTitle}"/></h1>
<p><a href="${fn:escapeXml(page.searchUrl)}"><fmt:message key="alerts.form.search"/></a></p>
<%@ include file="../layout/form-error.jspf" %>
<form class="account-form" action="${fn:escapeXml(page.action)}" method="post" novalidate>
  <%@ include file="../layout/csrf.jspf" %>
  <input type="hidden" name="search" value="${fn:escapeXml(page.search)}">
  <b:field name="name" label="form.field.name" value="${page.name}" error="${page.feedback.errors.name}" hint="alerts.form.name.hint"/>
  <c:set var="frequencyError" value="${page.feedback.errors.frequency}"/>
  <fieldset class="field" id="frequency"<c:if test="${not empty frequencyError}"> aria-describedby="frequency-error"</c:if>>
    <legend><fmt:message key="form.field.frequency"/></legend>
    <c:if test="${not empty frequencyError}"><p class="field-error" id="frequency-error"><c:out value="${frequencyError}"/></p></c:if>
    <c:forEach items="${['none', 'daily', 'weekly']}" var="choice">
      <div class="field-check">
        <input type="radio" id="frequency-${fn:escapeXml(choice)}" name="frequency" value="${fn:escapeXml(choice)}"<c:if test="${page.frequency == choice}"> checked</c:if>>
        <label for="frequency-${fn:escapeXml(choice)}"><fmt:message key="alerts.frequency.choice.${choice}"/></label>
      </div>
    </c:forEach>
  </fieldset>
  <p><button type="submit"><fmt:message key="${empty page.id ? 'alerts.new.submit' : 'alerts.edit.submit'}"/></button>
    <a href="/compte/alertes"><fmt:message key="alerts.form.cancel"/></a></p>
</form>
</div>
<%@ include file="../layout/bottom.jspf" %>

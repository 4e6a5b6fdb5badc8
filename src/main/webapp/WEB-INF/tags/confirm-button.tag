<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="A submit button whose action must be confirmed first (platform.web.Confirmation): portal.js asks in a dialog; without the script the server asks on a page" %>
<%@ attribute name="name" required="true" %>
<%@ attribute name="value" required="true" %>
<%@ attribute name="label" required="true" description="key of the button's label in the portal's bundle" %>
<%@ attribute name="question" required="true" description="key of the question, with subject as its parameter" %>
<%@ attribute name="subject" required="true" description="what the action applies to, as people know it" %>
<%@ attribute name="confirm" required="true" description="key of the confirming button's label" %>
<%@ attribute name="cssClass" %>
<%@ attribute name="hiddenLabel" description="words read by screen readers only, after the label" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<%@ taglib prefix="ui" uri="/WEB-INF/ui.tld" %>
<ui:message key="${question}" var="asked"><ui:param value="${subject}"/></ui:message>
<fmt:message key="${confirm}" var="yes"/>
<fmt:message key="confirmation.cancel" var="no"/>
<button type="submit" name="${fn:escapeXml(name)}" value="${fn:escapeXml(value)}"<c:if test="${not empty cssClass}"> class="${fn:escapeXml(cssClass)}"</c:if> data-confirm="${fn:escapeXml(asked)}" data-confirm-yes="${fn:escapeXml(yes)}" data-confirm-no="${fn:escapeXml(no)}"><fmt:message key="${label}"/><c:if test="${not empty hiddenLabel}"><span class="visually-hidden"> <c:out value="${hiddenLabel}"/></span></c:if></button>

<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="A labelled input of a form, with its hint and its error" %>
<%@ attribute name="name" required="true" %>
<%@ attribute name="label" required="true" description="key of the label in the portal's bundle" %>
<%@ attribute name="type" %>
<%@ attribute name="value" %>
<%@ attribute name="error" description="message, already in French" %>
<%@ attribute name="hint" description="key of a hint in the portal's bundle" %>
<%@ attribute name="autocomplete" %>
<%@ attribute name="optional" type="java.lang.Boolean" description="true for a field that may stay empty" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<c:set var="described" value="${not empty hint ? name.concat('-hint') : ''}${not empty hint and not empty error ? ' ' : ''}${not empty error ? name.concat('-error') : ''}"/>
<div class="field">
  <label for="${fn:escapeXml(name)}"><fmt:message key="${label}"/></label>
  <c:if test="${not empty hint}"><p class="hint" id="${fn:escapeXml(name)}-hint"><fmt:message key="${hint}"/></p></c:if>
  <c:if test="${not empty error}"><p class="field-error" id="${fn:escapeXml(name)}-error"><c:out value="${error}"/></p></c:if>
  <input id="${fn:escapeXml(name)}" name="${fn:escapeXml(name)}" type="${fn:escapeXml(empty type ? 'text' : type)}" value="${fn:escapeXml(value)}"<c:if test="${not optional}"> required</c:if><c:if test="${not empty autocomplete}"> autocomplete="${fn:escapeXml(autocomplete)}"</c:if><c:if test="${not empty described}"> aria-describedby="${fn:escapeXml(described)}"</c:if><c:if test="${not empty error}"> aria-invalid="true"</c:if>>
</div>

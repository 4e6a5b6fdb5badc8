<c:choose>
  <c:when test="${empty page.editing}"><fmt:message key="actor.form.new" var="pageTitle"/></c:when>
  <c:otherwise><ui:message key="actor.form.edit" var="pageTitle"><ui:param value="${page.editingTitle}"/></ui:message></c:otherwise>
</c:choose>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="${fn:escapeXml(empty page.editing ? '/acteurs' : '/acteurs/'.concat(page.editing))}"><fmt:message key="${empty page.editing ? 'actor.back' : 'actor.form.back'}"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<p class="lead"><fmt:message key="actor.form.lead"/></p>
<%@ include file="../layout/form-error.jspf" %>
<form class="contribution-form actor-form" method="post" novalidate>
  <%@ include file="../layout/csrf.jspf" %>
  <c:set var="form" value="${page.form}"/>
  <fieldset class="form-group">
    <legend><fmt:message key="actor.form.identity"/></legend>
    <p class="field">
      <label for="title"><fmt:message key="actor.field.name"/></label>
      <c:set var="field" value="title"/><%@ include file="../layout/field-error.jspf" %>
      <input id="title" name="title" maxlength="500" required value="${fn:escapeXml(form.text['title'])}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="title-error"</c:if>>
    </p>
    <p class="field">
      <label for="kind"><fmt:message key="actor.field.kind"/></label>
      <c:set var="field" value="kind"/><%@ include file="../layout/field-error.jspf" %>
      <select id="kind" name="kind" required<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="kind-error"</c:if>>
        <option value=""><fmt:message key="contribution.choose"/></option>
        <c:forEach items="${page.actor.kinds}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </p>
    <p class="field">
      <label for="summary"><fmt:message key="actor.field.description"/></label>
      <c:set var="field" value="summary"/><%@ include file="../layout/field-error.jspf" %>
      <textarea id="summary" name="summary" rows="6" maxlength="10000"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="summary-error"</c:if>><c:out value="${form.text['summary']}"/></textarea>
    </p>
    <p class="field">
      <label for="siren"><fmt:message key="actor.field.siren"/></label>
      <c:set var="field" value="siren"/><%@ include file="../layout/field-error.jspf" %>
      <input id="siren" name="siren" inputmode="numeric" maxlength="11" autocomplete="off" aria-describedby="siren-hint${not empty fieldError ? ' siren-error' : ''}" value="${fn:escapeXml(page.actor.text['siren'])}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
      <span id="siren-hint" class="hint"><fmt:message key="actor.field.siren.hint"/></span>
    </p>
    <p class="field">
      <label for="website"><fmt:message key="actor.field.website"/></label>
      <c:set var="field" value="website"/><%@ include file="../layout/field-error.jspf" %>
      <input id="website" name="website" type="url" maxlength="2000" aria-describedby="website-hint${not empty fieldError ? ' website-error' : ''}" value="${fn:escapeXml(page.actor.text['website'])}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
      <span id="website-hint" class="hint"><fmt:message key="actor.field.website.hint"/></span>
    </p>
  </fieldset>

  <fieldset class="form-group">
    <legend><fmt:message key="actor.form.where"/></legend>
    <p class="field">
      <label for="commune"><fmt:message key="actor.field.commune"/></label>
      <c:set var="field" value="commune"/><%@ include file="../layout/field-error.jspf" %>
      <input id="commune" name="commune" maxlength="200" autocomplete="address-level2" value="${fn:escapeXml(page.actor.text['commune'])}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="commune-error"</c:if>>
    </p>
    <p class="field">
      <label for="country"><fmt:message key="actor.field.country"/></label>
      <c:set var="field" value="country"/><%@ include file="../layout/field-error.jspf" %>
      <input id="country" name="country" maxlength="2" autocomplete="country" aria-describedby="country-hint${not empty fieldError ? ' country-error' : ''}" value="${fn:escapeXml(page.actor.text['country'])}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
      <span id="country-hint" class="hint"><fmt:message key="actor.field.country.hint"/></span>
    </p>
    <p class="field">
      <label for="territory"><fmt:message key="actor.field.territory"/></label>
      <c:set var="field" value="territory"/><%@ include file="../layout/field-error.jspf" %>
      <select id="territory" name="territory"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="territory-error"</c:if>>
        <option value=""><fmt:message key="contribution.choose"/></option>
        <c:forEach items="${form.territories}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </p>
    <c:set var="field" value="theme"/>
    <fieldset class="choices" id="theme"<c:if test="${not empty page.feedback.errors[field]}"> aria-describedby="theme-error"</c:if>>
      <legend><fmt:message key="actor.field.themes"/></legend>
      <%@ include file="../layout/field-error.jspf" %>
      <c:forEach items="${form.themes}" var="o">
        <label class="choice"><input type="checkbox" name="theme" value="${fn:escapeXml(o.code())}" ${o.selected() ? 'checked' : ''}<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>> <c:out value="${o.label()}"/></label>
      </c:forEach>
    </fieldset>
  </fieldset>

  <fieldset class="form-group">
    <legend><fmt:message key="actor.form.engagement"/></legend>
    <p class="field">
      <label for="engagement"><fmt:message key="actor.field.engagement"/></label>
      <c:set var="field" value="engagement"/><%@ include file="../layout/field-error.jspf" %>
      <select id="engagement" name="engagement"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="engagement-error"</c:if>>
        <option value=""><fmt:message key="actor.field.engagement.none"/></option>
        <c:forEach items="${page.actor.engagements}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </p>
    <p class="field">
      <label for="engagedSince"><fmt:message key="actor.field.engagedSince"/></label>
      <c:set var="field" value="engagedSince"/><%@ include file="../layout/field-error.jspf" %>
      <input id="engagedSince" name="engagedSince" inputmode="numeric" maxlength="4" value="${fn:escapeXml(page.actor.text['engagedSince'])}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="engagedSince-error"</c:if>>
    </p>
  </fieldset>

  <fieldset class="form-group">
    <legend><fmt:message key="actor.form.contact"/></legend>
    <p class="field">
      <label for="contactEmail"><fmt:message key="actor.field.contactEmail"/></label>
      <c:set var="field" value="contactEmail"/><%@ include file="../layout/field-error.jspf" %>
      <input id="contactEmail" name="contactEmail" type="email" maxlength="320" autocomplete="off" aria-describedby="contactEmail-hint${not empty fieldError ? ' contactEmail-error' : ''}" value="${fn:escapeXml(page.actor.text['contactEmail'])}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
      <span id="contactEmail-hint" class="hint"><fmt:message key="${empty page.actor.text['hasContact'] ? 'actor.field.contactEmail.hint' : 'actor.field.contactEmail.kept'}"/></span>
    </p>
    <c:if test="${not empty page.actor.text['hasContact']}">
      <input type="hidden" name="hasContact" value="true">
      <p class="field"><label class="choice"><input type="checkbox" name="removeContactEmail" value="oui"> <fmt:message key="actor.field.removeContactEmail"/></label></p>
    </c:if>
  </fieldset>
  <p class="actions"><button type="submit"><fmt:message key="actor.form.save"/></button></p>
</form>
<%@ include file="../layout/bottom.jspf" %>

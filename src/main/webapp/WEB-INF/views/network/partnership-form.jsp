<c:choose>
  <c:when test="${empty page.editing}"><fmt:message key="partnership.form.new" var="pageTitle"/></c:when>
  <c:otherwise><ui:message key="partnership.form.edit" var="pageTitle"><ui:param value="${page.editingTitle}"/></ui:message></c:otherwise>
</c:choose>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="${fn:escapeXml(empty page.editing ? '/partenariats' : '/partenariats/'.concat(page.editing))}"><fmt:message key="partnership.back"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<p class="lead"><fmt:message key="partnership.form.lead"/></p>
<%@ include file="../layout/form-error.jspf" %>
<form class="contribution-form partnership-form" method="post" novalidate>
  <%@ include file="../layout/csrf.jspf" %>
  <c:set var="titleRequired" value="${true}"/>
  <c:set var="typeFixed" value="${true}"/>
  <c:set var="courseFields" value="${false}"/>
  <c:set var="webinarFields" value="${true}"/>
  <c:set var="form" value="${page.form}"/>
  <%@ include file="../contribution/metadata-fields.jspf" %>

  <fieldset class="form-group">
    <legend><fmt:message key="partnership.form.convention"/></legend>
    <p class="field">
      <label for="scale"><fmt:message key="partnership.scale"/></label>
      <c:set var="field" value="scale"/><%@ include file="../layout/field-error.jspf" %>
      <select id="scale" name="scale" required<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="scale-error"</c:if>>
        <option value=""><fmt:message key="contribution.choose"/></option>
        <c:forEach items="${page.partnership.scales}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </p>
    <p class="field">
      <label for="startYear"><fmt:message key="partnership.field.start"/></label>
      <c:set var="field" value="startYear"/><%@ include file="../layout/field-error.jspf" %>
      <input id="startYear" name="startYear" inputmode="numeric" maxlength="4" required value="${fn:escapeXml(page.partnership.text['startYear'])}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="startYear-error"</c:if>>
    </p>
    <p class="field">
      <label for="endYear"><fmt:message key="partnership.field.end"/></label>
      <c:set var="field" value="endYear"/><%@ include file="../layout/field-error.jspf" %>
      <input id="endYear" name="endYear" inputmode="numeric" maxlength="4" aria-describedby="endYear-hint${not empty fieldError ? ' endYear-error' : ''}" value="${fn:escapeXml(page.partnership.text['endYear'])}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
      <span id="endYear-hint" class="hint"><fmt:message key="partnership.field.end.hint"/></span>
    </p>
    <p class="field">
      <label for="budget"><fmt:message key="partnership.field.budget"/></label>
      <c:set var="field" value="budget"/><%@ include file="../layout/field-error.jspf" %>
      <input id="budget" name="budget" inputmode="decimal" maxlength="20" value="${fn:escapeXml(page.partnership.text['budget'])}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="budget-error"</c:if>>
    </p>
    <p class="field">
      <label for="programme"><fmt:message key="partnership.programme"/></label>
      <c:set var="field" value="programme"/><%@ include file="../layout/field-error.jspf" %>
      <select id="programme" name="programme"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="programme-error"</c:if>>
        <option value=""><fmt:message key="partnership.field.programme.none"/></option>
        <c:forEach items="${page.partnership.programmes}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </p>
    <p class="field">
      <label for="parties"><fmt:message key="partnership.parties"/></label>
      <c:set var="field" value="parties"/><%@ include file="../layout/field-error.jspf" %>
      <select id="parties" name="parties" multiple size="8" aria-describedby="parties-hint${not empty fieldError ? ' parties-error' : ''}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
        <c:forEach items="${page.partnership.actors}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
      <span id="parties-hint" class="hint"><fmt:message key="partnership.field.parties.hint"/></span>
    </p>
    <p class="field">
      <label for="objectives"><fmt:message key="partnership.objectives"/></label>
      <c:set var="field" value="objectives"/><%@ include file="../layout/field-error.jspf" %>
      <textarea id="objectives" name="objectives" rows="5" maxlength="60000" aria-describedby="objectives-hint${not empty fieldError ? ' objectives-error' : ''}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>><c:out value="${page.partnership.text['objectives']}"/></textarea>
      <span id="objectives-hint" class="hint"><fmt:message key="partnership.field.objectives.hint"/></span>
    </p>
  </fieldset>
  <p><button type="submit"><fmt:message key="${empty page.editing ? 'partnership.form.create' : 'partnership.form.save'}"/></button></p>
</form>
<%@ include file="../layout/bottom.jspf" %>

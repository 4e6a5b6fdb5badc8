<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<c:choose>
  <c:when test="${empty page.editing}"><fmt:message key="event.form.new" var="pageTitle"/></c:when>
  <c:otherwise><ui:message key="event.form.edit" var="pageTitle"><ui:param value="${page.editingTitle}"/></ui:message></c:otherwise>
</c:choose>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="${fn:escapeXml(empty page.editing ? '/agenda' : '/agenda/'.concat(page.editing))}"><fmt:message key="${empty page.editing ? 'event.back' : 'event.form.back'}"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<p class="lead"><fmt:message key="event.form.lead"/></p>
<%@ include file="../layout/form-error.jspf" %>
<form class="contribution-form event-form" method="post" action="${fn:escapeXml(empty page.editing ? '/agenda/proposer' : '/agenda/'.concat(page.editing).concat('/modifier'))}" novalidate>
  <%@ include file="../layout/csrf.jspf" %>
  <c:set var="text" value="${page.event.text}"/>
  <c:set var="errors" value="${page.feedback.errors}"/>
  <fieldset class="form-group">
    <legend><fmt:message key="event.form.what"/></legend>
    <b:field name="title" label="form.field.title" value="${text['title']}" error="${errors['title']}"/>
    <p class="field">
      <label for="summary"><fmt:message key="form.field.summary"/></label>
      <c:set var="field" value="summary"/><%@ include file="../layout/field-error.jspf" %>
      <textarea id="summary" name="summary" rows="3" required<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="summary-error"</c:if>><c:out value="${text['summary']}"/></textarea>
    </p>
    <p class="field">
      <label for="kind"><fmt:message key="event.kind"/></label>
      <c:set var="field" value="kind"/><%@ include file="../layout/field-error.jspf" %>
      <select id="kind" name="kind" required<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="kind-error"</c:if>>
        <c:forEach items="${page.event.kinds}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </p>
    <p class="field">
      <label for="format"><fmt:message key="event.format"/></label>
      <c:set var="field" value="format"/><%@ include file="../layout/field-error.jspf" %>
      <select id="format" name="format" required<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="format-error"</c:if>>
        <c:forEach items="${page.event.formats}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </p>
  </fieldset>

  <fieldset class="form-group">
    <legend><fmt:message key="event.form.when"/></legend>
    <p class="hint"><fmt:message key="event.form.when.hint"/></p>
    <b:field name="startDate" label="form.field.startDate" type="date" value="${text['startDate']}" error="${errors['startDate']}"/>
    <b:field name="startTime" label="form.field.startTime" type="time" value="${text['startTime']}" error="${errors['startTime']}"/>
    <b:field name="endDate" label="form.field.endDate" type="date" value="${text['endDate']}" error="${errors['endDate']}"/>
    <b:field name="endTime" label="form.field.endTime" type="time" value="${text['endTime']}" error="${errors['endTime']}"/>
    <p class="field">
      <label for="timeZone"><fmt:message key="form.field.timeZone"/></label>
      <c:set var="field" value="timeZone"/><%@ include file="../layout/field-error.jspf" %>
      <select id="timeZone" name="timeZone"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="timeZone-error"</c:if>>
        <c:forEach items="${page.event.zones}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </p>
  </fieldset>

  <fieldset class="form-group">
    <legend><fmt:message key="event.form.where"/></legend>
    <p class="hint"><fmt:message key="event.form.where.hint"/></p>
    <b:field name="placeName" label="form.field.placeName" value="${text['placeName']}" error="${errors['placeName']}" optional="${true}"/>
    <b:field name="address" label="form.field.address" value="${text['address']}" error="${errors['address']}" optional="${true}" autocomplete="street-address"/>
    <b:field name="commune" label="form.field.commune" value="${text['commune']}" error="${errors['commune']}" optional="${true}"/>
    <b:field name="joinUrl" label="form.field.joinUrl" type="url" value="${text['joinUrl']}" error="${errors['joinUrl']}" hint="event.field.joinUrl.hint" optional="${true}"/>
  </fieldset>

  <fieldset class="form-group">
    <legend><fmt:message key="event.form.programme"/></legend>
    <p class="field">
      <label for="programme"><fmt:message key="form.field.programme"/></label>
      <c:set var="field" value="programme"/><%@ include file="../layout/field-error.jspf" %>
      <textarea id="programme" name="programme" rows="6" maxlength="10000"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="programme-error"</c:if>><c:out value="${text['programme']}"/></textarea>
    </p>
    <b:field name="capacity" label="form.field.capacity" type="number" value="${text['capacity']}" error="${errors['capacity']}" hint="event.field.capacity.hint"/>
    <p class="field">
      <label for="organiser"><fmt:message key="form.field.organiser"/></label>
      <c:set var="field" value="organiser"/><%@ include file="../layout/field-error.jspf" %>
      <select id="organiser" name="organiser"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="organiser-error"</c:if>>
        <option value=""><fmt:message key="event.field.organiser.none"/></option>
        <c:forEach items="${page.event.organisers}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </p>
    <c:if test="${not empty page.event.networks}">
      <p class="field">
        <label for="network"><fmt:message key="form.field.network"/></label>
        <c:set var="field" value="network"/><%@ include file="../layout/field-error.jspf" %>
        <select id="network" name="network"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="network-error"</c:if>>
          <option value=""><fmt:message key="event.field.network.none"/></option>
          <c:forEach items="${page.event.networks}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
        </select>
      </p>
      <p class="field">
        <c:set var="field" value="membersOnly"/><%@ include file="../layout/field-error.jspf" %>
        <label class="choice"><input type="checkbox" id="membersOnly" name="membersOnly" value="oui"<c:if test="${not empty text['membersOnly']}"> checked</c:if> aria-describedby="membersOnly-hint${not empty fieldError ? ' membersOnly-error' : ''}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>> <fmt:message key="event.field.members-only"/></label>
        <span class="hint" id="membersOnly-hint"><fmt:message key="event.field.members-only.hint"/></span>
      </p>
    </c:if>
    <p class="field">
      <label for="territory"><fmt:message key="form.field.territory"/></label>
      <c:set var="field" value="territory"/><%@ include file="../layout/field-error.jspf" %>
      <select id="territory" name="territory"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="territory-error"</c:if>>
        <option value=""><fmt:message key="contribution.choose"/></option>
        <c:forEach items="${page.options.territories}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </p>
    <c:set var="field" value="theme"/>
    <fieldset class="choices" id="theme"<c:if test="${not empty page.feedback.errors[field]}"> aria-describedby="theme-error"</c:if>>
      <legend><fmt:message key="form.field.theme"/></legend>
      <%@ include file="../layout/field-error.jspf" %>
      <c:forEach items="${page.options.themes}" var="o">
        <label class="choice"><input type="checkbox" name="theme" value="${fn:escapeXml(o.code())}" ${o.selected() ? 'checked' : ''}<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>> <c:out value="${o.label()}"/></label>
      </c:forEach>
    </fieldset>
  </fieldset>

  <c:if test="${not empty page.editing}">
    <fieldset class="form-group">
      <legend><fmt:message key="event.form.after"/></legend>
      <p class="field">
        <label for="recap"><fmt:message key="form.field.recap"/></label>
        <c:set var="field" value="recap"/><%@ include file="../layout/field-error.jspf" %>
        <textarea id="recap" name="recap" rows="6" maxlength="10000"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="recap-error"</c:if>><c:out value="${text['recap']}"/></textarea>
      </p>
      <b:field name="replayUrl" label="form.field.replayUrl" type="url" value="${text['replayUrl']}" error="${errors['replayUrl']}" optional="${true}"/>
    </fieldset>
  </c:if>
  <p class="actions">
    <button type="submit" name="save" value="1" class="secondary"><fmt:message key="event.form.save"/></button>
    <button type="submit" name="submit" value="1"><fmt:message key="event.form.save-submit"/></button>
  </p>
</form>
<%@ include file="../layout/bottom.jspf" %>

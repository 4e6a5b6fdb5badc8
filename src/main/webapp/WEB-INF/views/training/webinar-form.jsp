<c:choose>
  <c:when test="${empty page.editing}"><fmt:message key="webinar.form.new" var="pageTitle"/></c:when>
  <c:otherwise><fmt:message key="webinar.form.edit" var="pageTitle"/></c:otherwise>
</c:choose>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="${fn:escapeXml(empty page.editing ? '/webinaires' : '/webinaires/'.concat(page.editing))}"><fmt:message key="${empty page.editing ? 'webinar.back' : 'webinar.form.back'}"/></a></p>
<h1><c:out value="${pageTitle}"/><c:if test="${not empty page.editing}"> : <c:out value="${page.editingTitle}"/></c:if></h1>
<%@ include file="../layout/form-error.jspf" %>
<form class="contribution-form" method="post" action="${fn:escapeXml(page.action)}" novalidate>
  <%@ include file="../layout/csrf.jspf" %>
  <c:set var="titleRequired" value="${true}"/>
  <c:set var="typeFixed" value="${true}"/>
  <c:set var="courseFields" value="${false}"/>
  <c:set var="webinarFields" value="${true}"/>
  <c:set var="form" value="${page.form}"/>
  <%@ include file="../contribution/metadata-fields.jspf" %>
  <fieldset class="form-group">
    <legend><fmt:message key="webinar.form.event"/></legend>
    <p class="field">
      <label for="startsAt"><fmt:message key="webinar.form.starts-at"/></label>
      <c:set var="field" value="startsAt"/><%@ include file="../layout/field-error.jspf" %>
      <input id="startsAt" name="startsAt" type="datetime-local" required aria-describedby="startsAt-hint${not empty fieldError ? ' startsAt-error' : ''}" value="${fn:escapeXml(page.event.values['startsAt'])}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
      <span id="startsAt-hint" class="hint"><fmt:message key="webinar.form.starts-at.hint"/></span>
    </p>
    <p class="field">
      <label for="durationMinutes"><fmt:message key="webinar.form.duration"/></label>
      <c:set var="field" value="durationMinutes"/><%@ include file="../layout/field-error.jspf" %>
      <input id="durationMinutes" name="durationMinutes" type="number" min="5" max="600" required value="${fn:escapeXml(page.event.values['durationMinutes'])}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="durationMinutes-error"</c:if>>
    </p>
    <p class="field">
      <label for="capacity"><fmt:message key="webinar.form.capacity"/></label>
      <c:set var="field" value="capacity"/><%@ include file="../layout/field-error.jspf" %>
      <input id="capacity" name="capacity" type="number" min="1" max="10000" required aria-describedby="capacity-hint${not empty fieldError ? ' capacity-error' : ''}" value="${fn:escapeXml(page.event.values['capacity'])}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
      <span id="capacity-hint" class="hint"><fmt:message key="webinar.form.capacity.hint"/></span>
    </p>
    <p class="field">
      <label for="series"><fmt:message key="webinar.form.series"/></label>
      <c:set var="field" value="series"/><%@ include file="../layout/field-error.jspf" %>
      <input id="series" name="series" maxlength="200" value="${fn:escapeXml(page.event.values['series'])}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="series-error"</c:if>>
    </p>
    <p class="field">
      <label for="joinUrl"><fmt:message key="webinar.form.join-url"/></label>
      <c:set var="field" value="joinUrl"/><%@ include file="../layout/field-error.jspf" %>
      <input id="joinUrl" name="joinUrl" type="url" maxlength="2000" aria-describedby="joinUrl-hint${not empty fieldError ? ' joinUrl-error' : ''}" value="${fn:escapeXml(page.event.values['joinUrl'])}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
      <span id="joinUrl-hint" class="hint"><fmt:message key="webinar.form.join-url.hint"/></span>
    </p>
  </fieldset>
  <fieldset class="form-group">
    <legend><fmt:message key="webinar.form.speakers"/></legend>
    <c:forEach items="${page.event.speakerRows}" var="s" varStatus="i">
      <div class="speaker-row">
        <p class="field">
          <label for="speakerName${fn:escapeXml(i.index)}"><ui:message key="webinar.form.speaker.name"><ui:param value="${i.count}"/></ui:message></label>
          <c:set var="field" value="speakerName${i.index}"/><%@ include file="../layout/field-error.jspf" %>
          <input id="speakerName${fn:escapeXml(i.index)}" name="speakerName" maxlength="200" value="${fn:escapeXml(s.name)}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="speakerName${fn:escapeXml(i.index)}-error"</c:if>>
        </p>
        <p class="field">
          <label for="speakerOrganisation${fn:escapeXml(i.index)}"><ui:message key="webinar.form.speaker.organisation"><ui:param value="${i.count}"/></ui:message></label>
          <c:set var="field" value="speakerOrganisation${i.index}"/><%@ include file="../layout/field-error.jspf" %>
          <input id="speakerOrganisation${fn:escapeXml(i.index)}" name="speakerOrganisation" maxlength="300" value="${fn:escapeXml(s.organisation)}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="speakerOrganisation${fn:escapeXml(i.index)}-error"</c:if>>
        </p>
      </div>
    </c:forEach>
  </fieldset>
  <fieldset class="form-group">
    <legend><fmt:message key="webinar.form.after"/></legend>
    <p class="field">
      <label for="replayUrl"><fmt:message key="webinar.form.replay-url"/></label>
      <c:set var="field" value="replayUrl"/><%@ include file="../layout/field-error.jspf" %>
      <input id="replayUrl" name="replayUrl" type="url" maxlength="2000" value="${fn:escapeXml(page.event.values['replayUrl'])}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="replayUrl-error"</c:if>>
    </p>
    <p class="field">
      <label for="recap"><fmt:message key="webinar.form.recap"/></label>
      <c:set var="field" value="recap"/><%@ include file="../layout/field-error.jspf" %>
      <textarea id="recap" name="recap" rows="5" maxlength="4000" aria-describedby="recap-hint${not empty fieldError ? ' recap-error' : ''}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>><c:out value="${page.event.values['recap']}"/></textarea>
      <span id="recap-hint" class="hint"><fmt:message key="webinar.form.recap.hint"/></span>
    </p>
  </fieldset>
  <p class="actions"><button type="submit"><fmt:message key="${empty page.editing ? 'webinar.form.create' : 'webinar.form.save'}"/></button></p>
</form>
<%@ include file="../layout/bottom.jspf" %>

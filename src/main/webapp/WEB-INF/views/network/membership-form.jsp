<c:choose>
  <c:when test="${page.editing}"><ui:message key="membership.form.edit" var="pageTitle"><ui:param value="${page.networkName}"/></ui:message></c:when>
  <c:otherwise><ui:message key="membership.form.join" var="pageTitle"><ui:param value="${page.networkName}"/></ui:message></c:otherwise>
</c:choose>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/reseaux/${fn:escapeXml(page.slug)}"><c:out value="${page.networkName}"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<c:choose>
<c:when test="${not page.signedIn}">
  <div class="notice" id="membership-account">
    <p><fmt:message key="membership.form.account"/></p>
    <p class="actions"><a class="button" href="${fn:escapeXml(page.loginUrl)}"><fmt:message key="membership.form.login"/></a> <a class="button secondary" href="/inscription"><fmt:message key="membership.form.register"/></a></p>
    <p class="hint"><fmt:message key="membership.form.register.hint"/></p>
  </div>
</c:when>
<c:otherwise>
<p class="lead"><fmt:message key="${page.editing ? 'membership.form.edit.lead' : 'membership.form.lead'}"/></p>
<%@ include file="../layout/form-error.jspf" %>
<form class="contribution-form membership-form" method="post" novalidate>
  <%@ include file="../layout/csrf.jspf" %>
  <c:set var="form" value="${page.form}"/>
  <fieldset class="form-group">
    <legend><fmt:message key="membership.form.organisation"/></legend>
    <p class="field">
      <label for="actorId"><fmt:message key="form.field.actorId"/></label>
      <c:set var="field" value="actorId"/><%@ include file="../layout/field-error.jspf" %>
      <select id="actorId" name="actorId" aria-describedby="actorId-hint${not empty fieldError ? ' actorId-error' : ''}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
        <option value=""><fmt:message key="membership.form.no-actor"/></option>
        <c:forEach items="${form.actors()}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
      <span id="actorId-hint" class="hint"><fmt:message key="membership.form.actor.hint"/></span>
    </p>
    <c:if test="${not page.editing}">
      <p class="hint" id="new-actor-hint"><fmt:message key="membership.form.new-actor.hint"/></p>
      <p class="field">
        <label for="newActorName"><fmt:message key="form.field.newActorName"/></label>
        <c:set var="field" value="newActorName"/><%@ include file="../layout/field-error.jspf" %>
        <input id="newActorName" name="newActorName" maxlength="200" value="${fn:escapeXml(form.text()['newActorName'])}" aria-describedby="new-actor-hint${not empty fieldError ? ' newActorName-error' : ''}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
      </p>
      <p class="field">
        <label for="newActorKind"><fmt:message key="form.field.newActorKind"/></label>
        <c:set var="field" value="newActorKind"/><%@ include file="../layout/field-error.jspf" %>
        <select id="newActorKind" name="newActorKind"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="newActorKind-error"</c:if>>
          <option value=""><fmt:message key="contribution.choose"/></option>
          <c:forEach items="${form.kinds()}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
        </select>
      </p>
      <p class="field">
        <label for="newActorCommune"><fmt:message key="form.field.newActorCommune"/></label>
        <c:set var="field" value="newActorCommune"/><%@ include file="../layout/field-error.jspf" %>
        <input id="newActorCommune" name="newActorCommune" maxlength="200" autocomplete="address-level2" value="${fn:escapeXml(form.text()['newActorCommune'])}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="newActorCommune-error"</c:if>>
      </p>
    </c:if>
  </fieldset>
  <fieldset class="form-group">
    <legend><fmt:message key="membership.form.you"/></legend>
    <p class="field">
      <label for="role"><fmt:message key="form.field.role"/></label>
      <c:set var="field" value="role"/><%@ include file="../layout/field-error.jspf" %>
      <input id="role" name="role" maxlength="200" autocomplete="organization-title" value="${fn:escapeXml(form.text()['role'])}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="role-error"</c:if>>
    </p>
    <p class="field">
      <label for="territory"><fmt:message key="form.field.territory"/></label>
      <c:set var="field" value="territory"/><%@ include file="../layout/field-error.jspf" %>
      <select id="territory" name="territory"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="territory-error"</c:if>>
        <option value=""><fmt:message key="contribution.choose"/></option>
        <c:forEach items="${form.territories()}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </p>
    <fieldset class="checkboxes" id="interests">
      <legend><fmt:message key="form.field.interests"/></legend>
      <c:set var="field" value="interests"/><%@ include file="../layout/field-error.jspf" %>
      <c:forEach items="${form.themes()}" var="o" varStatus="s">
        <label><input type="checkbox" name="interests" value="${fn:escapeXml(o.code())}" ${o.selected() ? 'checked' : ''}> <c:out value="${o.label()}"/></label>
      </c:forEach>
    </fieldset>
  </fieldset>
  <fieldset class="form-group">
    <legend><fmt:message key="membership.form.shown"/></legend>
    <p class="hint"><fmt:message key="membership.form.shown.hint"/></p>
    <c:forEach items="${['showOrganisation', 'showRole', 'showTerritory', 'showEmail']}" var="box">
      <p class="field checkbox"><label><input type="checkbox" id="${fn:escapeXml(box)}" name="${fn:escapeXml(box)}" value="oui" ${form.checked()[box] ? 'checked' : ''}> <fmt:message key="membership.form.${box}"/></label></p>
    </c:forEach>
    <p class="field checkbox"><label><input type="checkbox" id="receivesList" name="receivesList" value="oui" ${form.checked()['receivesList'] ? 'checked' : ''}> <fmt:message key="membership.form.receivesList"/></label></p>
  </fieldset>
  <c:if test="${not page.editing}">
    <p class="field checkbox">
      <c:set var="field" value="consent"/><%@ include file="../layout/field-error.jspf" %>
      <label><input type="checkbox" id="consent" name="consent" value="oui" required ${form.checked()['consent'] ? 'checked' : ''}<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="consent-error"</c:if>> <fmt:message key="membership.form.consent"/></label>
    </p>
  </c:if>
  <button type="submit"><fmt:message key="${page.editing ? 'membership.form.save' : 'membership.form.send'}"/></button>
</form>
</c:otherwise>
</c:choose>
<%@ include file="../layout/bottom.jspf" %>

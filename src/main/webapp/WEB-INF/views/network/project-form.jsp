<c:choose>
  <c:when test="${empty page.editing}"><fmt:message key="project.form.new" var="pageTitle"/></c:when>
  <c:otherwise><ui:message key="project.form.edit" var="pageTitle"><ui:param value="${page.editingTitle}"/></ui:message></c:otherwise>
</c:choose>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="${fn:escapeXml(empty page.editing ? '/projets' : '/projets/'.concat(page.editing))}"><fmt:message key="${empty page.editing ? 'project.back' : 'project.form.back'}"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<p class="lead"><fmt:message key="project.form.lead"/></p>
<%@ include file="../layout/form-error.jspf" %>
<form class="contribution-form project-form" method="post" novalidate>
  <%@ include file="../layout/csrf.jspf" %>
  <fieldset class="form-group">
    <legend><fmt:message key="project.form.project"/></legend>
    <c:forEach items="${['slug', 'title', 'acronym', 'startDate', 'endDate', 'partners', 'technicalPartners', 'coordinators']}" var="name">
      <c:if test="${name != 'slug' or empty page.editing}">
      <p class="field">
        <label for="${fn:escapeXml(name)}"><fmt:message key="project.field.${name}"/></label>
        <c:set var="field" value="${name}"/><%@ include file="../layout/field-error.jspf" %>
        <input id="${fn:escapeXml(name)}" name="${fn:escapeXml(name)}" maxlength="2000" aria-describedby="${fn:escapeXml(name)}-hint<c:if test="${not empty fieldError}"> ${fn:escapeXml(name)}-error</c:if>" value="${fn:escapeXml(page.project.text[name])}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
        <span id="${fn:escapeXml(name)}-hint" class="hint"><fmt:message key="project.field.${name}.hint"/></span>
      </p>
      </c:if>
    </c:forEach>
    <c:forEach items="${['summary', 'purpose', 'funders']}" var="name">
      <p class="field">
        <label for="${fn:escapeXml(name)}"><fmt:message key="project.field.${name}"/></label>
        <c:set var="field" value="${name}"/><%@ include file="../layout/field-error.jspf" %>
        <textarea id="${fn:escapeXml(name)}" name="${fn:escapeXml(name)}" rows="4" maxlength="10000" aria-describedby="${fn:escapeXml(name)}-hint<c:if test="${not empty fieldError}"> ${fn:escapeXml(name)}-error</c:if>"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>><c:out value="${page.project.text[name]}"/></textarea>
        <span id="${fn:escapeXml(name)}-hint" class="hint"><fmt:message key="project.field.${name}.hint"/></span>
      </p>
    </c:forEach>
    <p class="field checkbox">
      <input type="checkbox" id="published" name="published" ${not empty page.project.text['published'] ? 'checked' : ''}>
      <label for="published"><fmt:message key="project.field.published"/></label>
    </p>
  </fieldset>

  <fieldset class="form-group">
    <legend><fmt:message key="project.form.plan"/></legend>
    <p class="hint"><fmt:message key="project.form.plan.hint"/></p>
    <c:forEach items="${page.project.rows}" var="row" varStatus="s">
      <c:set var="n" value="${s.index}"/>
      <fieldset class="choices value-fields">
        <legend><ui:message key="project.form.action"><ui:param value="${n + 1}"/></ui:message></legend>
        <c:forEach items="${['actionNumber', 'actionTitle', 'actionStart', 'actionEnd', 'actionResources', 'actionEvents', 'actionWebinars']}" var="name">
          <c:set var="id" value="${name}${n}"/>
          <p class="field">
            <label for="${fn:escapeXml(id)}"><fmt:message key="project.field.${name}"/></label>
            <c:set var="field" value="${id}"/><%@ include file="../layout/field-error.jspf" %>
            <input id="${fn:escapeXml(id)}" name="${fn:escapeXml(id)}" maxlength="2000" value="${fn:escapeXml(row[name])}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="${fn:escapeXml(id)}-error"</c:if>>
          </p>
        </c:forEach>
        <c:forEach items="${['actionKind', 'actionStatus']}" var="name">
          <c:set var="id" value="${name}${n}"/>
          <p class="field">
            <label for="${fn:escapeXml(id)}"><fmt:message key="project.field.${name}"/></label>
            <c:set var="field" value="${id}"/><%@ include file="../layout/field-error.jspf" %>
            <select id="${fn:escapeXml(id)}" name="${fn:escapeXml(id)}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="${fn:escapeXml(id)}-error"</c:if>>
              <c:forEach items="${name == 'actionKind' ? page.project.kinds : page.project.statuses}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.code() == row[name] ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
            </select>
          </p>
        </c:forEach>
        <c:set var="id" value="actionDescription${n}"/>
        <p class="field">
          <label for="${fn:escapeXml(id)}"><fmt:message key="project.field.actionDescription"/></label>
          <c:set var="field" value="${id}"/><%@ include file="../layout/field-error.jspf" %>
          <textarea id="${fn:escapeXml(id)}" name="${fn:escapeXml(id)}" rows="2" maxlength="4000"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="${fn:escapeXml(id)}-error"</c:if>><c:out value="${row['actionDescription']}"/></textarea>
        </p>
      </fieldset>
    </c:forEach>
  </fieldset>
  <p class="actions"><button type="submit"><fmt:message key="project.form.save"/></button></p>
</form>
<%@ include file="../layout/bottom.jspf" %>

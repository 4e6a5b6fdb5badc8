<c:choose>
  <c:when test="${empty page.editing}"><fmt:message key="action.form.new" var="pageTitle"/></c:when>
  <c:otherwise><ui:message key="action.form.edit" var="pageTitle"><ui:param value="${page.editingTitle}"/></ui:message></c:otherwise>
</c:choose>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="${fn:escapeXml(empty page.editing ? '/actions' : '/actions/'.concat(page.editing))}"><fmt:message key="${empty page.editing ? 'action.back' : 'action.form.back'}"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<p class="lead"><fmt:message key="action.form.lead"/></p>
<%@ include file="../layout/form-error.jspf" %>
<form class="contribution-form action-form" method="post" novalidate>
  <%@ include file="../layout/csrf.jspf" %>
  <c:set var="titleRequired" value="${true}"/>
  <c:set var="typeFixed" value="${true}"/>
  <c:set var="courseFields" value="${false}"/>
  <c:set var="form" value="${page.form}"/>
  <%@ include file="../contribution/metadata-fields.jspf" %>

  <fieldset class="form-group">
    <legend><fmt:message key="action.form.action"/></legend>
    <p class="field">
      <label for="progress"><fmt:message key="action.progress"/></label>
      <c:set var="field" value="progress"/><%@ include file="../layout/field-error.jspf" %>
      <select id="progress" name="progress" required<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="progress-error"</c:if>>
        <option value=""><fmt:message key="contribution.choose"/></option>
        <c:forEach items="${page.action.progress}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </p>
    <p class="field">
      <label for="scheme"><fmt:message key="action.scheme"/></label>
      <c:set var="field" value="scheme"/><%@ include file="../layout/field-error.jspf" %>
      <select id="scheme" name="scheme"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="scheme-error"</c:if>>
        <option value=""><fmt:message key="action.form.no-scheme"/></option>
        <c:forEach items="${page.action.schemes}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </p>
    <c:forEach items="${['commune', 'startYear', 'endYear', 'action-budget', 'leadActor', 'action-partners', 'linkedResources']}" var="name">
      <p class="field">
        <label for="${fn:escapeXml(name)}"><fmt:message key="action.field.${name}"/></label>
        <c:set var="field" value="${name}"/><%@ include file="../layout/field-error.jspf" %>
        <input id="${fn:escapeXml(name)}" name="${fn:escapeXml(name)}" maxlength="200" aria-describedby="${fn:escapeXml(name)}-hint<c:if test="${not empty fieldError}"> ${fn:escapeXml(name)}-error</c:if>" value="${fn:escapeXml(page.action.text[name])}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
        <span id="${fn:escapeXml(name)}-hint" class="hint"><fmt:message key="action.field.${name}.hint"/></span>
      </p>
    </c:forEach>
    <p class="field">
      <label for="funders"><fmt:message key="action.field.funders"/></label>
      <c:set var="field" value="funders"/><%@ include file="../layout/field-error.jspf" %>
      <textarea id="funders" name="funders" rows="3" maxlength="1600" aria-describedby="funders-hint${not empty fieldError ? ' funders-error' : ''}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>><c:out value="${page.action.text['funders']}"/></textarea>
      <span id="funders-hint" class="hint"><fmt:message key="action.field.funders.hint"/></span>
    </p>
  </fieldset>

  <%@ include file="../contribution/report-fields.jspf" %>

  <fieldset class="form-group">
    <legend><fmt:message key="action.form.indicators"/></legend>
    <p class="hint"><fmt:message key="action.form.indicators.hint"/></p>
    <c:set var="field" value="indicators"/><%@ include file="../layout/field-error.jspf" %>
    <c:forEach items="${page.action.values}" var="row">
      <c:set var="n" value="${row.index()}"/>
      <fieldset class="choices value-fields">
        <legend><ui:message key="action.form.value"><ui:param value="${n + 1}"/></ui:message></legend>
        <p class="field">
          <label for="value-indicator-${fn:escapeXml(n)}"><fmt:message key="results.indicator"/></label>
          <c:set var="field" value="value-indicator-${n}"/><%@ include file="../layout/field-error.jspf" %>
          <select id="value-indicator-${fn:escapeXml(n)}" name="value-indicator-${fn:escapeXml(n)}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="value-indicator-${fn:escapeXml(n)}-error"</c:if>>
            <option value=""><fmt:message key="contribution.choose"/></option>
            <c:forEach items="${page.action.indicators}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.code() == row.indicator() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
          </select>
        </p>
        <p class="field">
          <label for="value-year-${fn:escapeXml(n)}"><fmt:message key="action.year"/></label>
          <c:set var="field" value="value-year-${n}"/><%@ include file="../layout/field-error.jspf" %>
          <input id="value-year-${fn:escapeXml(n)}" name="value-year-${fn:escapeXml(n)}" inputmode="numeric" maxlength="4" value="${fn:escapeXml(row.year())}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="value-year-${fn:escapeXml(n)}-error"</c:if>>
        </p>
        <p class="field">
          <label for="value-amount-${fn:escapeXml(n)}"><fmt:message key="action.value"/></label>
          <c:set var="field" value="value-amount-${n}"/><%@ include file="../layout/field-error.jspf" %>
          <input id="value-amount-${fn:escapeXml(n)}" name="value-amount-${fn:escapeXml(n)}" inputmode="decimal" maxlength="20" value="${fn:escapeXml(row.value())}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="value-amount-${fn:escapeXml(n)}-error"</c:if>>
        </p>
      </fieldset>
    </c:forEach>
  </fieldset>
  <p class="actions">
    <button type="submit" name="action" value="save" class="secondary"><fmt:message key="action.form.save"/></button>
    <button type="submit" name="action" value="submit"><fmt:message key="action.form.submit"/></button>
  </p>
</form>
<%@ include file="../layout/bottom.jspf" %>

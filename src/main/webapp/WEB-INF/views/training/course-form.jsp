<c:choose>
  <c:when test="${empty page.editing}"><fmt:message key="course.form.new" var="pageTitle"/></c:when>
  <c:otherwise><ui:message key="course.form.edit" var="pageTitle"><ui:param value="${page.editingTitle}"/></ui:message></c:otherwise>
</c:choose>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="${fn:escapeXml(empty page.editing ? '/formations' : '/formations/'.concat(page.editing))}"><fmt:message key="${empty page.editing ? 'course.back' : 'course.form.back'}"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<p class="lead"><fmt:message key="course.form.lead"/></p>
<%@ include file="../layout/form-error.jspf" %>
<form class="contribution-form course-form" method="post" novalidate>
  <%@ include file="../layout/csrf.jspf" %>
  <c:set var="titleRequired" value="${true}"/>
  <c:set var="typeFixed" value="${true}"/>
  <c:set var="courseFields" value="${true}"/>
  <c:set var="form" value="${page.form}"/>
  <%@ include file="../contribution/metadata-fields.jspf" %>

  <fieldset class="form-group">
    <legend><fmt:message key="course.form.course"/></legend>
    <p class="field">
      <label for="format"><fmt:message key="course.field.format"/></label>
      <c:set var="field" value="format"/><%@ include file="../layout/field-error.jspf" %>
      <select id="format" name="format" required<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="format-error"</c:if>>
        <option value=""><fmt:message key="contribution.choose"/></option>
        <c:forEach items="${page.course.formats}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </p>
    <p class="field">
      <label for="level"><fmt:message key="course.field.level"/></label>
      <c:set var="field" value="level"/><%@ include file="../layout/field-error.jspf" %>
      <select id="level" name="level" required<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="level-error"</c:if>>
        <option value=""><fmt:message key="contribution.choose"/></option>
        <c:forEach items="${page.course.levels}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </p>
    <p class="field">
      <label for="objectives"><fmt:message key="course.field.objectives"/></label>
      <c:set var="field" value="objectives"/><%@ include file="../layout/field-error.jspf" %>
      <textarea id="objectives" name="objectives" rows="5" maxlength="10000"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="objectives-error"</c:if>><c:out value="${page.course.text['objectives']}"/></textarea>
    </p>
    <p class="field">
      <label for="prerequisites"><fmt:message key="course.field.prerequisites"/></label>
      <c:set var="field" value="prerequisites"/><%@ include file="../layout/field-error.jspf" %>
      <textarea id="prerequisites" name="prerequisites" rows="3" maxlength="4000"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="prerequisites-error"</c:if>><c:out value="${page.course.text['prerequisites']}"/></textarea>
    </p>
    <p class="field">
      <label for="duration"><fmt:message key="course.field.duration"/></label>
      <c:set var="field" value="duration"/><%@ include file="../layout/field-error.jspf" %>
      <input id="duration" name="duration" maxlength="100" aria-describedby="duration-hint${not empty fieldError ? ' duration-error' : ''}" value="${fn:escapeXml(page.course.text['duration'])}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
      <span id="duration-hint" class="hint"><fmt:message key="course.field.duration.hint"/></span>
    </p>
    <p class="field">
      <label for="price"><fmt:message key="course.field.price"/></label>
      <c:set var="field" value="price"/><%@ include file="../layout/field-error.jspf" %>
      <input id="price" name="price" inputmode="decimal" maxlength="20" aria-describedby="price-hint${not empty fieldError ? ' price-error' : ''}" value="${fn:escapeXml(page.course.text['price'])}"<c:if test="${not empty fieldError}"> aria-invalid="true"</c:if>>
      <span id="price-hint" class="hint"><fmt:message key="course.field.price.hint"/></span>
    </p>
    <p class="field">
      <label for="platformUrl"><fmt:message key="course.field.platform"/></label>
      <c:set var="field" value="platformUrl"/><%@ include file="../layout/field-error.jspf" %>
      <input id="platformUrl" name="platformUrl" type="url" maxlength="2000" value="${fn:escapeXml(page.course.text['platformUrl'])}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="platformUrl-error"</c:if>>
    </p>
  </fieldset>

  <fieldset class="form-group">
    <legend><fmt:message key="course.form.sessions"/></legend>
    <p class="hint" id="sessions-hint"><fmt:message key="course.form.sessions.hint"/></p>
    <c:forEach items="${page.course.sessions}" var="row">
      <c:set var="n" value="${row.index()}"/>
      <fieldset class="choices session-fields">
        <legend><ui:message key="course.form.session"><ui:param value="${n + 1}"/></ui:message></legend>
        <c:if test="${not empty row.key()}"><input type="hidden" name="session-key-${fn:escapeXml(n)}" value="${fn:escapeXml(row.key())}"></c:if>
        <p class="field">
          <label for="session-start-${fn:escapeXml(n)}"><fmt:message key="course.field.session.start"/></label>
          <c:set var="field" value="session-start-${n}"/><%@ include file="../layout/field-error.jspf" %>
          <input id="session-start-${fn:escapeXml(n)}" name="session-start-${fn:escapeXml(n)}" type="datetime-local" value="${fn:escapeXml(row.start())}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="session-start-${fn:escapeXml(n)}-error"</c:if>>
        </p>
        <p class="field">
          <label for="session-end-${fn:escapeXml(n)}"><fmt:message key="course.field.session.end"/></label>
          <c:set var="field" value="session-end-${n}"/><%@ include file="../layout/field-error.jspf" %>
          <input id="session-end-${fn:escapeXml(n)}" name="session-end-${fn:escapeXml(n)}" type="datetime-local" value="${fn:escapeXml(row.end())}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="session-end-${fn:escapeXml(n)}-error"</c:if>>
        </p>
        <p class="field">
          <label for="session-place-${fn:escapeXml(n)}"><fmt:message key="course.field.session.place"/></label>
          <c:set var="field" value="session-place-${n}"/><%@ include file="../layout/field-error.jspf" %>
          <input id="session-place-${fn:escapeXml(n)}" name="session-place-${fn:escapeXml(n)}" maxlength="300" value="${fn:escapeXml(row.place())}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="session-place-${fn:escapeXml(n)}-error"</c:if>>
        </p>
        <p class="field">
          <label for="session-zone-${fn:escapeXml(n)}"><fmt:message key="course.field.session.zone"/></label>
          <c:set var="field" value="session-zone-${n}"/><%@ include file="../layout/field-error.jspf" %>
          <select id="session-zone-${fn:escapeXml(n)}" name="session-zone-${fn:escapeXml(n)}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="session-zone-${fn:escapeXml(n)}-error"</c:if>>
            <c:forEach items="${row.zoneOptions()}" var="option">
              <option value="${fn:escapeXml(option.code())}"<c:if test="${option.selected()}"> selected</c:if>><c:out value="${option.label()}"/></option>
            </c:forEach>
          </select>
        </p>
        <p class="field">
          <label for="session-capacity-${fn:escapeXml(n)}"><fmt:message key="course.field.session.capacity"/></label>
          <c:set var="field" value="session-capacity-${n}"/><%@ include file="../layout/field-error.jspf" %>
          <input id="session-capacity-${fn:escapeXml(n)}" name="session-capacity-${fn:escapeXml(n)}" inputmode="numeric" maxlength="5" value="${fn:escapeXml(row.capacity())}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="session-capacity-${fn:escapeXml(n)}-error"</c:if>>
        </p>
      </fieldset>
    </c:forEach>
  </fieldset>
  <p class="actions"><button type="submit"><fmt:message key="course.form.save"/></button></p>
</form>
<%@ include file="../layout/bottom.jspf" %>

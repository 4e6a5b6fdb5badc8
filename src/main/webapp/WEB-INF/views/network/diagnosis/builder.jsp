<ui:message key="diagnosis.builder.title" var="pageTitle"><ui:param value="${page.title}"/></ui:message>
<%@ include file="../../layout/top.jspf" %>
<%@ include file="../../layout/header.jspf" %>
<p class="breadcrumb"><a href="${fn:escapeXml(page.home)}"><ui:message key="diagnosis.home.title"><ui:param value="${page.project}"/></ui:message></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<p><ui:message key="diagnosis.builder.version"><ui:param value="${page.version}"/></ui:message></p>
<c:if test="${page.superseded}"><p class="notice" role="status"><fmt:message key="diagnosis.builder.superseded"/></p></c:if>
<c:if test="${page.answered and not page.superseded}"><p class="notice" role="status"><fmt:message key="diagnosis.builder.answered"/></p></c:if>
<%@ include file="../../layout/form-error.jspf" %>
<c:set var="action" value="/projets/${page.slug}/autodiagnostic/questionnaires/${page.id}"/>

<c:if test="${not page.superseded}">
<form class="contribution-form" method="post" action="${fn:escapeXml(action)}">
  <%@ include file="../../layout/csrf.jspf" %>
  <input type="hidden" name="op" value="rename">
  <p class="field">
    <label for="title"><fmt:message key="diagnosis.field.title"/></label>
    <input id="title" name="title" maxlength="200" value="${fn:escapeXml(page.title)}" required>
    <button type="submit" class="button secondary"><fmt:message key="diagnosis.builder.rename"/></button>
  </p>
</form>
</c:if>

<c:forEach items="${page.sections}" var="s" varStatus="si">
  <section class="diagnosis-section">
    <h2 id="section-${fn:escapeXml(si.index)}"><ui:message key="diagnosis.builder.section"><ui:param value="${si.index + 1}"/><ui:param value="${s.title()}"/></ui:message></h2>
    <c:if test="${not page.superseded}">
    <div class="actions">
      <c:forEach items="${['up', 'down', 'remove']}" var="op">
        <form method="post" action="${fn:escapeXml(action)}" class="inline-form">
          <%@ include file="../../layout/csrf.jspf" %>
          <input type="hidden" name="op" value="${fn:escapeXml(op)}"><input type="hidden" name="section" value="${fn:escapeXml(si.index)}">
          <button type="submit" class="button secondary"><ui:message key="diagnosis.builder.section.${op}"><ui:param value="${s.title()}"/></ui:message></button>
        </form>
      </c:forEach>
    </div>
    </c:if>
    <c:choose>
      <c:when test="${empty s.questions()}"><p><fmt:message key="diagnosis.builder.section.empty"/></p></c:when>
      <c:otherwise>
        <ol>
          <c:forEach items="${s.questions()}" var="q" varStatus="qi">
            <li>
              <strong><c:out value="${q.text()}"/></strong> — <c:out value="${q.kind().label()}"/>, <ui:message key="diagnosis.builder.weight"><ui:param value="${q.weight()}"/></ui:message>
              <c:if test="${not empty q.options()}"><ul class="plain"><c:forEach items="${q.options()}" var="o"><li><c:out value="${o.label()}"/> (<c:out value="${o.score()}"/>)</li></c:forEach></ul></c:if>
              <c:if test="${not page.superseded}">
              <div class="actions">
                <c:forEach items="${['up', 'down', 'remove']}" var="op">
                  <form method="post" action="${fn:escapeXml(action)}" class="inline-form">
                    <%@ include file="../../layout/csrf.jspf" %>
                    <input type="hidden" name="op" value="${fn:escapeXml(op)}"><input type="hidden" name="section" value="${fn:escapeXml(si.index)}"><input type="hidden" name="question" value="${fn:escapeXml(qi.index)}">
                    <button type="submit" class="button secondary"><ui:message key="diagnosis.builder.question.${op}"><ui:param value="${qi.index + 1}"/></ui:message></button>
                  </form>
                </c:forEach>
              </div>
              </c:if>
            </li>
          </c:forEach>
        </ol>
      </c:otherwise>
    </c:choose>
    <c:if test="${not page.superseded}">
    <form class="contribution-form" method="post" action="${fn:escapeXml(action)}">
      <%@ include file="../../layout/csrf.jspf" %>
      <input type="hidden" name="op" value="add-question"><input type="hidden" name="section" value="${fn:escapeXml(si.index)}">
      <fieldset class="form-group">
        <legend><ui:message key="diagnosis.builder.question.new"><ui:param value="${s.title()}"/></ui:message></legend>
        <p class="field">
          <label for="text-${fn:escapeXml(si.index)}"><fmt:message key="diagnosis.field.question"/></label>
          <input id="text-${fn:escapeXml(si.index)}" name="text" maxlength="1000" required>
        </p>
        <p class="field">
          <label for="kind-${fn:escapeXml(si.index)}"><fmt:message key="diagnosis.field.kind"/></label>
          <select id="kind-${fn:escapeXml(si.index)}" name="kind"><c:forEach items="${page.kinds}" var="k"><option value="${fn:escapeXml(k.code())}"><c:out value="${k.label()}"/></option></c:forEach></select>
        </p>
        <p class="field">
          <label for="weight-${fn:escapeXml(si.index)}"><fmt:message key="diagnosis.field.weight"/></label>
          <input id="weight-${fn:escapeXml(si.index)}" name="weight" inputmode="decimal" maxlength="10" aria-describedby="weight-${fn:escapeXml(si.index)}-hint">
          <span id="weight-${fn:escapeXml(si.index)}-hint" class="hint"><fmt:message key="diagnosis.field.weight.hint"/></span>
        </p>
        <p class="field">
          <label for="options-${fn:escapeXml(si.index)}"><fmt:message key="diagnosis.field.options"/></label>
          <textarea id="options-${fn:escapeXml(si.index)}" name="options" rows="5" maxlength="5000" aria-describedby="options-${fn:escapeXml(si.index)}-hint"></textarea>
          <span id="options-${fn:escapeXml(si.index)}-hint" class="hint"><fmt:message key="diagnosis.field.options.hint"/></span>
        </p>
        <p><button type="submit" class="button"><fmt:message key="diagnosis.builder.question.add"/></button></p>
      </fieldset>
    </form>
    </c:if>
  </section>
</c:forEach>

<c:if test="${not page.superseded}">
<form class="contribution-form" method="post" action="${fn:escapeXml(action)}">
  <%@ include file="../../layout/csrf.jspf" %>
  <input type="hidden" name="op" value="add-section">
  <fieldset class="form-group">
    <legend><fmt:message key="diagnosis.builder.section.new"/></legend>
    <p class="field">
      <label for="sectionTitle"><fmt:message key="diagnosis.field.section"/></label>
      <input id="sectionTitle" name="sectionTitle" maxlength="200" required>
    </p>
    <p><button type="submit" class="button"><fmt:message key="diagnosis.builder.section.add"/></button></p>
  </fieldset>
</form>
</c:if>
<%@ include file="../../layout/bottom.jspf" %>

<c:set var="pageTitle" value="${page.title}"/>
<%@ include file="../../layout/top.jspf" %>
<%@ include file="../../layout/header.jspf" %>
<p class="breadcrumb"><a href="${fn:escapeXml(page.home)}"><ui:message key="diagnosis.home.title"><ui:param value="${page.project}"/></ui:message></a></p>
<h1><c:out value="${page.title}"/></h1>
<p><c:out value="${page.dates}"/> — <fmt:message key="${page.open ? 'diagnosis.campaign.open' : 'diagnosis.campaign.shut'}"/></p>
<c:if test="${page.done == 'brouillon'}"><p class="notice" role="status"><fmt:message key="diagnosis.answer.saved"/></p></c:if>
<c:if test="${page.done == 'envoye'}"><p class="notice" role="status"><fmt:message key="diagnosis.answer.sent"/></p></c:if>
<%@ include file="../../layout/form-error.jspf" %>

<c:if test="${not empty page.comparison}">
  <p><a class="button secondary" href="${fn:escapeXml(page.comparison)}"><fmt:message key="diagnosis.comparison"/></a></p>
  <h2 id="reponses"><fmt:message key="diagnosis.answers"/></h2>
  <c:choose>
    <c:when test="${empty page.answers}"><p><fmt:message key="diagnosis.answers.none"/></p></c:when>
    <c:otherwise>
      <table class="accounts results-table" aria-labelledby="reponses">
        <thead><tr><th scope="col"><fmt:message key="diagnosis.organisation"/></th><th scope="col"><fmt:message key="diagnosis.answer.state"/></th><th scope="col"><fmt:message key="diagnosis.answer.updated"/></th></tr></thead>
        <tbody><c:forEach items="${page.answers}" var="a">
          <tr><th scope="row"><a href="${fn:escapeXml(a.report())}"><c:out value="${a.organisation()}"/></a></th><td><c:out value="${a.state()}"/></td><td><c:out value="${a.updatedAt()}"/></td></tr>
        </c:forEach></tbody>
      </table>
    </c:otherwise>
  </c:choose>
</c:if>

<c:set var="f" value="${page.form}"/>
<c:if test="${not empty f}">
  <h2><ui:message key="diagnosis.answer.of"><ui:param value="${f.name()}"/></ui:message></h2>
  <p><ui:message key="diagnosis.answer.state.is"><ui:param value="${f.state()}"/></ui:message> — <a href="${fn:escapeXml(f.report())}"><fmt:message key="diagnosis.report"/></a></p>
  <c:if test="${f.editable()}"><p class="hint"><fmt:message key="diagnosis.answer.hint"/></p></c:if>
  <form class="contribution-form diagnosis-form" method="post" action="/projets/${fn:escapeXml(page.slug)}/autodiagnostic/campagnes/${fn:escapeXml(page.id)}">
    <%@ include file="../../layout/csrf.jspf" %>
    <input type="hidden" name="organisation" value="${fn:escapeXml(f.organisation())}">
    <input type="hidden" name="version" value="${fn:escapeXml(f.version())}">
    <c:forEach items="${f.sections()}" var="s">
      <fieldset class="form-group">
        <legend><c:out value="${s.title()}"/></legend>
        <c:forEach items="${s.questions()}" var="q">
          <c:set var="name" value="r-${q.key()}"/>
          <c:choose>
            <c:when test="${q.kind() == 'number' or q.kind() == 'text'}">
              <p class="field">
                <label for="${fn:escapeXml(name)}"><c:out value="${q.text()}"/></label>
                <c:choose>
                  <c:when test="${q.kind() == 'text'}"><textarea id="${fn:escapeXml(name)}" name="${fn:escapeXml(name)}" rows="4" maxlength="5000" ${f.editable() ? '' : 'disabled'}><c:out value="${q.value()}"/></textarea></c:when>
                  <c:otherwise><input id="${fn:escapeXml(name)}" name="${fn:escapeXml(name)}" inputmode="decimal" maxlength="30" value="${fn:escapeXml(q.value())}" ${f.editable() ? '' : 'disabled'}></c:otherwise>
                </c:choose>
              </p>
            </c:when>
            <c:otherwise>
              <fieldset class="choices">
                <legend><c:out value="${q.text()}"/></legend>
                <c:forEach items="${q.choices()}" var="o" varStatus="oi">
                  <p class="field checkbox">
                    <input type="${q.kind() == 'multiple-choice' ? 'checkbox' : 'radio'}" id="${fn:escapeXml(name)}-${fn:escapeXml(oi.index)}" name="${fn:escapeXml(name)}" value="${fn:escapeXml(o.value())}" ${o.checked() ? 'checked' : ''} ${f.editable() ? '' : 'disabled'}>
                    <label for="${fn:escapeXml(name)}-${fn:escapeXml(oi.index)}"><c:out value="${o.label()}"/></label>
                  </p>
                </c:forEach>
              </fieldset>
            </c:otherwise>
          </c:choose>
        </c:forEach>
      </fieldset>
    </c:forEach>
    <c:if test="${f.editable()}">
      <p class="form-actions">
        <button type="submit" name="action" value="brouillon" class="button secondary"><fmt:message key="diagnosis.answer.draft"/></button>
        <button type="submit" name="action" value="envoyer" class="button"><fmt:message key="diagnosis.answer.submit"/></button>
      </p>
    </c:if>
  </form>
</c:if>
<%@ include file="../../layout/bottom.jspf" %>

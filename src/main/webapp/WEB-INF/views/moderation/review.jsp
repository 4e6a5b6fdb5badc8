<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<c:set var="pageTitle" value="${page.resource.title()}"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/moderation"><fmt:message key="moderation.title"/></a></p>
<h1><c:out value="${page.resource.title()}"/></h1>
<p class="status-line"><fmt:message key="contribution.status"/> <span class="status status-${fn:escapeXml(page.resource.status())}"><c:out value="${page.statusLabel}"/></span>
  — <ui:message key="moderation.owner"><ui:param value="${page.owner}"/></ui:message></p>
<c:if test="${not empty page.outcome and empty page.feedback.error}">
  <div class="notice" role="status">
    <c:choose>
      <c:when test="${empty page.outcome.decision()}"><p><fmt:message key="moderation.saved"/></p></c:when>
      <c:otherwise>
        <p><fmt:message key="moderation.done.${page.outcome.decision()}"/></p>
        <p class="next"><c:choose>
          <c:when test="${not empty page.outcome.nextTitle()}"><a href="${fn:escapeXml(page.outcome.nextUrl())}" rel="next"><ui:message key="moderation.next"><ui:param value="${page.outcome.nextTitle()}"/></ui:message></a></c:when>
          <c:otherwise><a href="${fn:escapeXml(page.outcome.nextUrl())}"><fmt:message key="moderation.next.none"/></a></c:otherwise>
        </c:choose></p>
      </c:otherwise>
    </c:choose>
  </div>
</c:if>
<%@ include file="../layout/form-error.jspf" %>

<c:if test="${not empty page.since}">
  <section class="since-review" aria-labelledby="since-review">
    <h2 id="since-review"><fmt:message key="moderation.since"/></h2>
    <p><ui:message key="moderation.since.asked"><ui:param value="${page.since.who()}"/><ui:param value="${page.since.when()}"/></ui:message></p>
    <c:choose>
      <c:when test="${empty page.since.changes()}"><p><fmt:message key="moderation.since.nothing"/></p></c:when>
      <c:otherwise>
        <fmt:message key="moderation.since.before" var="beforeLabel"/>
        <fmt:message key="moderation.since.now" var="nowLabel"/>
        <fmt:message key="moderation.since.empty" var="emptyLabel"/>
        <table class="contributions stack-table changes">
          <caption class="visually-hidden"><fmt:message key="moderation.since"/></caption>
          <thead><tr><th scope="col"><fmt:message key="moderation.since.field"/></th><th scope="col"><c:out value="${beforeLabel}"/></th><th scope="col"><c:out value="${nowLabel}"/></th></tr></thead>
          <tbody>
            <c:forEach items="${page.since.changes()}" var="change">
              <tr>
                <th scope="row"><c:out value="${change.field()}"/></th>
                <td data-label="${fn:escapeXml(beforeLabel)}"><del><c:out value="${empty change.before() ? emptyLabel : change.before()}"/></del></td>
                <td data-label="${fn:escapeXml(nowLabel)}"><ins><c:out value="${empty change.now() ? emptyLabel : change.now()}"/></ins></td>
              </tr>
            </c:forEach>
          </tbody>
        </table>
      </c:otherwise>
    </c:choose>
  </section>
</c:if>
<c:if test="${param['nouvelle-version'] != null}"><p class="notice" role="status"><fmt:message key="version.done"/></p></c:if>
<c:if test="${not empty page.resource.file()}">
  <c:set var="back" value="/moderation/ressources/${page.resource.id()}"/>
  <%@ include file="../contribution/replace-file.jspf" %>
  <p class="download"><a class="button secondary" href="${fn:escapeXml(page.resource.file().url())}" download><ui:message key="moderation.download"><ui:param value="${page.resource.file().name()}"/></ui:message></a></p>
</c:if>
<c:if test="${not empty page.resource.extraction()}">
  <section aria-labelledby="extraction">
    <h2 id="extraction"><fmt:message key="contribution.extraction"/></h2>
    <p><fmt:message key="extraction.${page.resource.extraction().status()}"/></p>
    <c:if test="${not empty page.preview}">
      <details class="preview" open>
        <summary><fmt:message key="contribution.preview"/></summary>
        <div class="preview-text"><c:out value="${page.preview}"/></div>
      </details>
    </c:if>
  </section>
</c:if>

<%-- One form: the description as corrected and the decision go together, so that no correction is lost to a
     decision taken without saving first. --%>
<form class="contribution-form" method="post">
  <%@ include file="../layout/csrf.jspf" %>
  <c:set var="titleRequired" value="${true}"/>
  <c:set var="typeFixed" value="${not empty page.report}"/>
  <c:set var="form" value="${page.form}"/>
  <c:set var="courseFields" value="${false}"/>
  <%@ include file="../contribution/metadata-fields.jspf" %>
  <c:if test="${not empty page.report}"><%@ include file="../contribution/report-fields.jspf" %></c:if>
  <p><button type="submit" name="action" value="save" class="secondary"><fmt:message key="moderation.save"/></button></p>
  <c:if test="${not empty page.decisions}">
    <section class="decisions" aria-labelledby="decide">
      <h2 id="decide"><fmt:message key="moderation.decide"/></h2>
      <p class="hint"><fmt:message key="moderation.decide.with-corrections"/></p>
      <c:forEach items="${page.decisions}" var="action">
        <div class="decision">
          <c:if test="${action.message() ne 'NONE'}">
            <p class="field">
              <label for="message-${fn:escapeXml(action.code())}"><fmt:message key="moderation.message.${action.code()}"/></label>
              <c:set var="field" value="message-${action.code()}"/><%@ include file="../layout/field-error.jspf" %>
              <textarea id="message-${fn:escapeXml(action.code())}" name="message-${fn:escapeXml(action.code())}" rows="3" maxlength="2000"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="message-${fn:escapeXml(action.code())}-error"</c:if>><c:out value="${param[field]}"/></textarea>
            </p>
          </c:if>
          <p><c:choose>
            <c:when test="${action.confirm()}"><b:confirm-button name="action" value="${action.code()}" cssClass="${action.code() eq 'publish' ? '' : 'secondary'}" label="moderation.action.${action.code()}" question="moderation.confirm.${action.code()}" subject="${page.resource.title()}" confirm="moderation.action.${action.code()}"/></c:when>
            <c:otherwise><button type="submit" name="action" value="${fn:escapeXml(action.code())}" class="secondary"><fmt:message key="moderation.action.${action.code()}"/></button></c:otherwise>
          </c:choose></p>
        </div>
      </c:forEach>
    </section>
  </c:if>
</form>

<section aria-labelledby="history">
  <h2 id="history"><fmt:message key="moderation.history"/></h2>
  <fmt:message key="moderation.history.who" var="whoLabel"/>
  <fmt:message key="moderation.history.what" var="whatLabel"/>
  <fmt:message key="moderation.history.message" var="messageLabel"/>
  <table class="contributions stack-table">
    <thead><tr><th scope="col"><fmt:message key="moderation.history.when"/></th><th scope="col"><c:out value="${whoLabel}"/></th><th scope="col"><c:out value="${whatLabel}"/></th><th scope="col"><c:out value="${messageLabel}"/></th></tr></thead>
    <tbody>
      <c:forEach items="${page.history}" var="event">
        <tr><td><c:out value="${event.when()}"/></td><td data-label="${fn:escapeXml(whoLabel)}"><c:out value="${event.who()}"/></td><td data-label="${fn:escapeXml(whatLabel)}"><c:out value="${event.what()}"/></td><td data-label="${fn:escapeXml(messageLabel)}"><c:out value="${event.message()}"/></td></tr>
      </c:forEach>
    </tbody>
  </table>
</section>
<%@ include file="../layout/bottom.jspf" %>

<c:set var="pageTitle" value="${page.resource.title()}"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/mon-espace"><fmt:message key="myspace.title"/></a></p>
<h1><c:out value="${page.resource.title()}"/></h1>
<p class="status-line"><fmt:message key="contribution.status"/> <span class="status status-${fn:escapeXml(page.resource.status())}"><c:out value="${page.statusLabel}"/></span></p>
<c:if test="${param.enregistre != null and empty page.feedback.error}"><p class="notice" role="status"><fmt:message key="contribution.saved"/></p></c:if>
<c:if test="${param.repris != null}"><p class="notice" role="status"><fmt:message key="contribution.retracted"/></p></c:if>
<c:if test="${param.action == 'submit' and not empty page.feedback.errors}"><p class="notice" role="status"><fmt:message key="contribution.saved-not-sent"/></p></c:if>
<c:if test="${param['nouvelle-version'] != null}"><p class="notice" role="status"><fmt:message key="version.done"/></p></c:if>
<%@ include file="../layout/form-error.jspf" %>
<c:if test="${not empty page.resource.moderation() and not empty page.resource.moderation().message()}">
  <div class="notice"><p><strong><fmt:message key="contribution.moderator-message"/></strong> <c:out value="${page.resource.moderation().message()}"/></p></div>
</c:if>

<c:if test="${not empty page.resource.extraction()}">
  <section aria-labelledby="extraction">
    <h2 id="extraction"><fmt:message key="contribution.extraction"/></h2>
    <p><fmt:message key="extraction.${page.resource.extraction().status()}"/></p>
    <p class="hint"><ui:message key="contribution.extraction.details"><ui:param value="${page.resource.file().name()}"/><ui:param value="${page.resource.extraction().characters()}"/></ui:message></p>
    <c:if test="${not empty page.preview}">
      <details class="preview">
        <summary><fmt:message key="contribution.preview"/></summary>
        <div class="preview-text"><c:out value="${page.preview}"/></div>
      </details>
    </c:if>
  </section>
</c:if>

<c:if test="${page.editable and not empty page.resource.file()}">
  <c:set var="back" value="/mon-espace/ressources/${page.resource.id()}"/>
  <%@ include file="replace-file.jspf" %>
</c:if>

<c:choose>
  <c:when test="${page.editable}">
    <form class="contribution-form" method="post" novalidate>
      <%@ include file="../layout/csrf.jspf" %>
      <c:set var="titleRequired" value="${true}"/>
      <c:set var="typeFixed" value="${not empty page.report}"/>
      <c:set var="form" value="${page.form}"/>
      <c:set var="courseFields" value="${false}"/>
      <%@ include file="metadata-fields.jspf" %>
      <c:if test="${not empty page.report}"><%@ include file="report-fields.jspf" %></c:if>
      <p class="actions">
        <button type="submit" name="action" value="save" class="secondary"><fmt:message key="contribution.save"/></button>
        <button type="submit" name="action" value="submit"><fmt:message key="contribution.submit"/></button>
      </p>
    </form>
  </c:when>
  <c:otherwise>
    <p><fmt:message key="contribution.locked.${page.resource.status()}"/></p>
    <p><a href="${fn:escapeXml(page.contact)}"><fmt:message key="contribution.contact"/></a></p>
    <c:if test="${page.retractable}">
      <form method="post" class="retract-form">
        <%@ include file="../layout/csrf.jspf" %>
        <p class="hint" id="retract-hint"><fmt:message key="contribution.retract.hint"/></p>
        <p><button type="submit" name="action" value="retract" class="secondary" aria-describedby="retract-hint"><fmt:message key="contribution.retract"/></button></p>
      </form>
    </c:if>
  </c:otherwise>
</c:choose>
<%@ include file="../layout/bottom.jspf" %>

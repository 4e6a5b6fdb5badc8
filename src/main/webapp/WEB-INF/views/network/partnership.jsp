<c:set var="p" value="${page.partnership}"/>
<c:set var="pageTitle" value="${p.title()}"/>
<%@ include file="../layout/top.jspf" %>
<link rel="canonical" href="${fn:escapeXml(p.page())}">
<c:if test="${not empty p.summary()}"><meta name="description" content="${fn:escapeXml(p.summary())}"></c:if>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/partenariats"><fmt:message key="partnership.back"/></a></p>
<article class="resource partnership">
  <h1><c:out value="${p.title()}"/></h1>
  <c:if test="${param.convention != null}"><p class="notice" role="status"><fmt:message key="partnership.convention.done"/></p></c:if>
  <c:if test="${page.editable}"><p><a class="button secondary" href="/partenariats/${fn:escapeXml(p.id())}/modifier"><fmt:message key="partnership.edit"/></a></p></c:if>
  <dl class="facts">
    <dt><fmt:message key="partnership.scale"/></dt><dd><c:out value="${page.scale}"/></dd>
    <dt><fmt:message key="partnership.period"/></dt><dd><c:out value="${page.years}"/></dd>
    <c:if test="${not empty page.territory}"><dt><fmt:message key="partnership.territory"/></dt><dd><c:out value="${page.territory}"/></dd></c:if>
    <c:if test="${not empty page.themes}"><dt><fmt:message key="partnership.themes"/></dt><dd><c:out value="${page.themes}"/></dd></c:if>
    <c:if test="${not empty p.budget()}"><dt><fmt:message key="partnership.budget"/></dt><dd><fmt:formatNumber value="${p.budget()}" type="currency" currencyCode="EUR"/></dd></c:if>
    <c:if test="${not empty page.programmeUrl}"><dt><fmt:message key="partnership.programme"/></dt><dd><a href="${fn:escapeXml(page.programmeUrl)}"><c:out value="${p.programme().name()}"/></a></dd></c:if>
  </dl>
  <c:if test="${not empty p.convention()}">
    <p class="download"><a class="button" href="${fn:escapeXml(p.convention())}"><fmt:message key="partnership.convention"/></a></p>
  </c:if>
  <c:if test="${not empty p.summary()}">
    <h2><fmt:message key="partnership.summary"/></h2>
    <p class="summary report-section"><c:out value="${p.summary()}"/></p>
  </c:if>
  <c:if test="${not empty p.objectives()}">
    <h2><fmt:message key="partnership.objectives"/></h2>
    <ol class="objectives">
      <c:forEach items="${p.objectives()}" var="objective"><li><c:out value="${objective}"/></li></c:forEach>
    </ol>
  </c:if>
  <c:if test="${not empty p.parties()}">
    <h2><fmt:message key="partnership.parties"/></h2>
    <ul class="parties">
      <c:forEach items="${p.parties()}" var="party"><li><a href="/acteurs/${fn:escapeXml(party.id())}"><c:out value="${party.name()}"/></a></li></c:forEach>
    </ul>
  </c:if>
  <c:if test="${page.editable}">
    <details class="replace-file">
      <summary><fmt:message key="${empty p.convention() ? 'partnership.convention.add' : 'partnership.convention.replace'}"/></summary>
      <%-- A multipart body is read by the servlet only: the token travels in the address. --%>
      <form method="post" enctype="multipart/form-data" action="/partenariats/${fn:escapeXml(p.id())}/convention?_csrf=${fn:escapeXml(csrfToken)}">
        <p class="field">
          <label for="convention-file"><fmt:message key="partnership.convention.file"/></label>
          <input id="convention-file" name="file" type="file" required aria-describedby="convention-hint">
          <span id="convention-hint" class="hint"><fmt:message key="partnership.convention.hint"/></span>
        </p>
        <p><button type="submit" class="secondary"><fmt:message key="partnership.convention.send"/></button></p>
      </form>
    </details>
  </c:if>
</article>
<%@ include file="../layout/bottom.jspf" %>

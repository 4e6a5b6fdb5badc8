<fmt:message key="console.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="console.title"/></h1>
<c:set var="section" value="home"/>
<%@ include file="nav.jspf" %>
<p class="lead"><fmt:message key="console.lead"/></p>
<ul class="console-sections">
  <li>
    <h2><a href="/admin/imports"><fmt:message key="console.nav.imports"/></a></h2>
    <c:choose>
      <c:when test="${empty page.lastImport}"><p><fmt:message key="import.recent.none"/></p></c:when>
      <c:otherwise>
        <fmt:message key="import.state.${page.lastImport.state()}" var="lastState"/>
        <p><a href="/moderation/imports/${fn:escapeXml(page.lastImport.id())}"><ui:message key="console.imports.last"><ui:param value="${page.lastImport.id()}"/><ui:param value="${page.lastImport.csv()}"/><ui:param value="${lastState}"/><ui:param value="${page.lastImport.processed()}"/><ui:param value="${page.lastImport.total()}"/></ui:message></a></p>
      </c:otherwise>
    </c:choose>
  </li>
  <li>
    <h2><a href="/admin/index"><fmt:message key="console.nav.index"/></a></h2>
    <p><ui:message key="console.index.counts"><ui:param value="${page.index.inDatabase()}"/><ui:param value="${page.index.inIndex()}"/></ui:message></p>
    <p><c:choose>
      <c:when test="${page.indexState == 'running'}"><fmt:message key="console.index.state.running"/></c:when>
      <c:when test="${page.index.inLine()}"><fmt:message key="console.index.inline"/></c:when>
      <c:otherwise><fmt:message key="console.index.differs"/></c:otherwise>
    </c:choose></p>
  </li>
  <li>
    <h2><a href="/admin/courriels"><fmt:message key="console.nav.outbox"/></a></h2>
    <p><ui:message key="console.outbox.counts"><ui:param value="${page.mailPending}"/><ui:param value="${page.mailSent}"/><ui:param value="${page.mailFailed}"/></ui:message></p>
  </li>
  <li>
    <h2><a href="/admin/sauvegardes"><fmt:message key="console.nav.backups"/></a></h2>
    <p><fmt:message key="console.backups.summary"/></p>
  </li>
  <li>
    <h2><a href="/admin/comptes"><fmt:message key="console.nav.accounts"/></a></h2>
    <p><fmt:message key="console.accounts.summary"/></p>
  </li>
</ul>
<%@ include file="../layout/bottom.jspf" %>

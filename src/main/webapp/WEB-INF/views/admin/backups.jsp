<fmt:message key="console.nav.backups" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="console.nav.backups"/></h1>
<c:set var="section" value="backups"/>
<%@ include file="nav.jspf" %>
<p class="lead"><fmt:message key="console.backups.lead"/></p>
<p><ui:message key="console.backups.folder"><ui:param value="${page.folder}"/></ui:message></p>
<%@ include file="../layout/form-error.jspf" %>
<form action="/admin/sauvegardes" method="post">
  <%@ include file="../layout/csrf.jspf" %>
  <p><button type="submit" name="action" value="sauvegarde"><fmt:message key="console.backups.start"/></button></p>
</form>
<%-- While a backup runs, the live refresh follows it; once written, its outcome and the list come with the next refresh. --%>
<div id="backup-run" data-live>
  <c:choose>
    <c:when test="${page.last.running()}">
      <c:set var="progress" value="${page.progress}"/>
      <c:set var="refreshUrl" value="${page.address}"/>
      <%@ include file="../layout/progress.jspf" %>
    </c:when>
    <c:when test="${not empty page.last.error()}"><p class="notice notice-error" role="status"><ui:message key="console.backups.failed"><ui:param value="${page.last.error()}"/></ui:message></p></c:when>
    <c:when test="${not empty page.last.name()}"><p class="notice" role="status"><ui:message key="console.backups.written"><ui:param value="${page.last.name()}"/></ui:message></p></c:when>
  </c:choose>
</div>
<section aria-labelledby="backups-title" id="backup-list" data-live>
  <h2 id="backups-title"><fmt:message key="console.backups.list"/></h2>
  <c:choose>
    <c:when test="${empty page.backups}"><p><fmt:message key="console.backups.none"/></p></c:when>
    <c:otherwise>
      <fmt:message key="console.backups.size" var="sizeColumn"/>
      <fmt:message key="console.backups.duration" var="durationColumn"/>
      <fmt:message key="console.backups.database" var="databaseColumn"/>
      <table class="stack-table">
        <caption class="visually-hidden"><fmt:message key="console.backups.list"/></caption>
        <thead><tr>
          <th scope="col"><fmt:message key="console.backups.name"/></th>
          <th scope="col"><fmt:message key="console.backups.size"/></th>
          <th scope="col"><fmt:message key="console.backups.duration"/></th>
          <th scope="col"><fmt:message key="console.backups.database"/></th>
        </tr></thead>
        <tbody>
          <c:forEach items="${page.backups}" var="backup">
            <tr>
              <td><c:out value="${backup.name()}"/> (<c:out value="${backup.startedAt()}"/>)</td>
              <td data-label="${fn:escapeXml(sizeColumn)}"><ui:message key="console.backups.size.value"><ui:param value="${backup.bytes() / 1048576}"/><ui:param value="${backup.files()}"/></ui:message></td>
              <td data-label="${fn:escapeXml(durationColumn)}"><ui:message key="console.backups.duration.value"><ui:param value="${backup.durationMillis() / 1000}"/></ui:message></td>
              <td data-label="${fn:escapeXml(databaseColumn)}"><c:out value="${backup.database()}"/></td>
            </tr>
          </c:forEach>
        </tbody>
      </table>
    </c:otherwise>
  </c:choose>
</section>
<%@ include file="../layout/bottom.jspf" %>

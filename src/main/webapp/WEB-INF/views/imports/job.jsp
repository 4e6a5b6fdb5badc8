<ui:message key="import.job.title" var="pageTitle"><ui:param value="${page.job.id()}"/></ui:message>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><c:out value="${pageTitle}"/></h1>
<p><a href="${fn:escapeXml(page.back)}"><fmt:message key="import.back"/></a></p>
<dl class="facts" id="import-facts" data-live>
  <dt><fmt:message key="import.column.kind"/></dt><dd><fmt:message key="import.kind.${page.job.kind()}"/></dd>
  <dt><fmt:message key="import.field.file"/></dt><dd><c:out value="${page.job.csv()}"/></dd>
  <dt><fmt:message key="import.column.state"/></dt><dd><fmt:message key="import.state.${page.job.state()}"/></dd>
  <dt><fmt:message key="import.column.counts"/></dt><dd><ui:message key="import.counts"><ui:param value="${page.job.created()}"/><ui:param value="${page.job.duplicates()}"/><ui:param value="${page.job.refused() + page.job.failed()}"/><ui:param value="${page.job.total()}"/></ui:message></dd>
</dl>
<section aria-labelledby="progress-title">
  <h2 id="progress-title"><fmt:message key="import.progress"/></h2>
  <c:set var="progress" value="${page.progress}"/>
  <c:set var="refreshUrl" value="${page.address}"/>
  <%@ include file="../layout/progress.jspf" %>
  <div id="import-message" data-live><c:if test="${not empty page.job.message()}"><p class="notice notice-error"><c:out value="${page.job.message()}"/></p></c:if></div>
</section>
<section aria-labelledby="errors-title" id="import-errors" data-live>
  <h2 id="errors-title"><fmt:message key="import.errors.title"/></h2>
  <c:if test="${page.job.errorCount() > 0}"><p><a href="${fn:escapeXml(page.address)}/lignes-refusees.csv" download><fmt:message key="import.errors.csv"/></a></p></c:if>
  <c:choose>
    <c:when test="${empty page.job.errors()}"><p><fmt:message key="import.errors.none"/></p></c:when>
    <c:otherwise>
      <c:if test="${page.job.errorCount() > fn:length(page.job.errors())}"><p><ui:message key="import.errors.more"><ui:param value="${page.job.errorCount()}"/></ui:message></p></c:if>
      <fmt:message key="import.column.outcome" var="outcomeColumn"/>
      <fmt:message key="import.column.reason" var="reasonColumn"/>
      <table class="stack-table">
        <caption class="visually-hidden"><fmt:message key="import.errors.title"/></caption>
        <thead><tr>
          <th scope="col"><fmt:message key="import.column.line"/></th>
          <th scope="col"><fmt:message key="import.column.outcome"/></th>
          <th scope="col"><fmt:message key="import.column.reason"/></th>
        </tr></thead>
        <tbody>
          <c:forEach items="${page.job.errors()}" var="e">
            <tr>
              <td><ui:message key="import.line"><ui:param value="${e.line()}"/></ui:message><c:if test="${not empty e.file()}"> (<c:out value="${e.file()}"/>)</c:if></td>
              <td data-label="${fn:escapeXml(outcomeColumn)}"><fmt:message key="import.outcome.${e.status()}"/></td>
              <td data-label="${fn:escapeXml(reasonColumn)}"><c:out value="${e.message()}"/></td>
            </tr>
          </c:forEach>
        </tbody>
      </table>
    </c:otherwise>
  </c:choose>
</section>
<%@ include file="../layout/bottom.jspf" %>

<fmt:message key="moderation.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="moderation.title"/></h1>
<p class="lead"><fmt:message key="moderation.lead"/></p>
<p><a href="/moderation/imports"><fmt:message key="moderation.imports"/></a></p>
<c:choose>
  <c:when test="${empty page.queue and page.waiting == 0}"><p class="notice" role="status"><fmt:message key="moderation.empty"/></p></c:when>
  <c:otherwise>
    <p><ui:message key="moderation.waiting"><ui:param value="${page.waiting}"/><ui:param value="${page.page}"/><ui:param value="${page.pages}"/></ui:message></p>
    <fmt:message key="moderation.column.owner" var="ownerLabel"/>
    <fmt:message key="moderation.column.submitted" var="submittedLabel"/>
    <fmt:message key="moderation.column.extraction" var="extractionLabel"/>
    <table class="contributions stack-table">
      <caption class="visually-hidden"><fmt:message key="moderation.caption"/></caption>
      <thead><tr>
        <th scope="col"><fmt:message key="moderation.column.title"/></th>
        <th scope="col"><fmt:message key="moderation.column.owner"/></th>
        <th scope="col"><fmt:message key="moderation.column.submitted"/></th>
        <th scope="col"><fmt:message key="moderation.column.extraction"/></th>
      </tr></thead>
      <tbody>
        <c:forEach items="${page.queue}" var="row">
          <tr>
            <td><a href="${fn:escapeXml(row.url())}"><c:out value="${row.title()}"/></a></td>
            <td data-label="${fn:escapeXml(ownerLabel)}"><c:out value="${row.owner()}"/></td>
            <td data-label="${fn:escapeXml(submittedLabel)}"><c:out value="${row.submitted()}"/></td>
            <td data-label="${fn:escapeXml(extractionLabel)}"><c:out value="${row.extraction()}"/></td>
          </tr>
        </c:forEach>
      </tbody>
    </table>
    <c:if test="${page.pages > 1}">
      <nav class="pagination" aria-label="<fmt:message key='moderation.pagination'/>">
        <ul>
          <c:if test="${not empty page.previous}"><li><a href="${fn:escapeXml(page.previous)}" rel="prev"><fmt:message key="search.previous"/></a></li></c:if>
          <c:if test="${not empty page.next}"><li><a href="${fn:escapeXml(page.next)}" rel="next"><fmt:message key="search.next"/></a></li></c:if>
        </ul>
      </nav>
    </c:if>
  </c:otherwise>
</c:choose>
<section aria-labelledby="digest-title">
  <h2 id="digest-title"><fmt:message key="moderation.digest.title"/></h2>
  <p id="resume">
    <c:choose>
      <c:when test="${empty page.digest.dailyAt()}"><fmt:message key="moderation.digest.off"/></c:when>
      <c:otherwise><ui:message key="moderation.digest.daily"><ui:param value="${page.digest.dailyAt()}"/></ui:message></c:otherwise>
    </c:choose>
    <fmt:message key="${page.digest.wanted() ? 'moderation.digest.you' : 'moderation.digest.not-you'}"/>
  </p>
  <c:if test="${page.digestSaved}"><p class="notice" role="status"><fmt:message key="moderation.digest.saved"/></p></c:if>
  <form method="post" action="<c:url value='/moderation'/>">
    <%@ include file="../layout/csrf.jspf" %>
    <input type="hidden" name="resume" value="${page.digest.wanted() ? 'non' : 'oui'}">
    <button type="submit" class="secondary"><fmt:message key="${page.digest.wanted() ? 'moderation.digest.stop' : 'moderation.digest.start'}"/></button>
  </form>
</section>
<%@ include file="../layout/bottom.jspf" %>

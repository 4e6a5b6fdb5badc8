<fmt:message key="console.nav.outbox" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="console.nav.outbox"/></h1>
<c:set var="section" value="outbox"/>
<%@ include file="nav.jspf" %>
<p class="lead"><fmt:message key="console.outbox.lead"/></p>
<%@ include file="../layout/form-error.jspf" %>
<c:if test="${not empty page.done}"><p class="notice" role="status"><fmt:message key="console.outbox.done.${page.done}"/></p></c:if>
<dl class="facts">
  <dt><fmt:message key="console.outbox.pending"/></dt><dd><c:out value="${page.pending}"/></dd>
  <dt><fmt:message key="console.outbox.sent"/></dt><dd><c:out value="${page.sent}"/></dd>
  <dt><fmt:message key="console.outbox.failed"/></dt><dd><c:out value="${page.failed}"/></dd>
</dl>
<section aria-labelledby="failures-title">
  <h2 id="failures-title"><fmt:message key="console.outbox.failures"/></h2>
  <c:choose>
    <c:when test="${empty page.failures}"><p><fmt:message key="console.outbox.failures.none"/></p></c:when>
    <c:otherwise>
      <fmt:message key="console.outbox.subject" var="subjectColumn"/>
      <fmt:message key="console.outbox.attempts" var="attemptsColumn"/>
      <fmt:message key="console.outbox.error" var="errorColumn"/>
      <fmt:message key="console.outbox.created" var="createdColumn"/>
      <table class="stack-table">
        <caption class="visually-hidden"><fmt:message key="console.outbox.failures"/></caption>
        <thead><tr>
          <th scope="col"><fmt:message key="console.outbox.recipient"/></th>
          <th scope="col"><fmt:message key="console.outbox.subject"/></th>
          <th scope="col"><fmt:message key="console.outbox.attempts"/></th>
          <th scope="col"><fmt:message key="console.outbox.error"/></th>
          <th scope="col"><fmt:message key="console.outbox.created"/></th>
        </tr></thead>
        <tbody>
          <c:forEach items="${page.failures}" var="failure">
            <tr>
              <td><c:out value="${failure.recipient()}"/></td>
              <td data-label="${fn:escapeXml(subjectColumn)}"><c:out value="${failure.subject()}"/></td>
              <td data-label="${fn:escapeXml(attemptsColumn)}"><c:out value="${failure.attempts()}"/></td>
              <td data-label="${fn:escapeXml(errorColumn)}"><c:out value="${failure.error()}"/></td>
              <td data-label="${fn:escapeXml(createdColumn)}"><c:out value="${failure.createdAt()}"/></td>
            </tr>
          </c:forEach>
        </tbody>
      </table>
    </c:otherwise>
  </c:choose>
  <form action="/admin/courriels" method="post">
    <%@ include file="../layout/csrf.jspf" %>
    <p><button type="submit" name="action" value="renvoi"><fmt:message key="console.outbox.retry"/></button></p>
  </form>
</section>
<%@ include file="../layout/bottom.jspf" %>

<%-- /lettre/numeros: the animators' list of issues. --%>
<fmt:message key="newsletter.issues.title" var="pageTitle"/>
<%@ include file="../../layout/top.jspf" %>
<%@ include file="../../layout/header.jspf" %>
<h1><fmt:message key="newsletter.issues.title"/></h1>
<p><a class="button" href="/lettre/numeros/nouveau"><fmt:message key="newsletter.new.title"/></a></p>
<c:choose>
  <c:when test="${empty page.issues}"><p class="notice" role="status"><fmt:message key="newsletter.issues.empty"/></p></c:when>
  <c:otherwise>
    <fmt:message key="newsletter.issues.column.number" var="numberLabel"/>
    <fmt:message key="newsletter.issues.column.status" var="statusLabel"/>
    <table class="contributions stack-table">
      <caption class="visually-hidden"><fmt:message key="newsletter.issues.title"/></caption>
      <thead><tr>
        <th scope="col"><fmt:message key="newsletter.issues.column.subject"/></th>
        <th scope="col"><c:out value="${numberLabel}"/></th>
        <th scope="col"><c:out value="${statusLabel}"/></th>
      </tr></thead>
      <tbody>
        <c:forEach items="${page.issues}" var="row">
          <tr>
            <td><a href="${fn:escapeXml(row.url())}"><c:out value="${row.subject()}"/></a></td>
            <td data-label="${fn:escapeXml(numberLabel)}"><c:out value="${row.number()}"/></td>
            <td data-label="${fn:escapeXml(statusLabel)}"><fmt:message key="${row.statusKey()}"/> (<c:out value="${row.percent()}"/> %)</td>
          </tr>
        </c:forEach>
      </tbody>
    </table>
  </c:otherwise>
</c:choose>
<%@ include file="../../layout/bottom.jspf" %>

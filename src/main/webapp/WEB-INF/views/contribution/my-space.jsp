<fmt:message key="myspace.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="myspace.title"/></h1>
<p class="actions"><a class="button" href="/contribuer"><fmt:message key="myspace.new-upload"/></a> <a class="button secondary" href="/contribuer/retour-experience"><fmt:message key="myspace.new-report"/></a></p>
<h2><fmt:message key="myspace.contributions"/></h2>
<c:choose>
  <c:when test="${empty page.contributions}"><p><fmt:message key="myspace.none"/></p></c:when>
  <c:otherwise>
    <table class="contributions">
      <thead><tr><th scope="col"><fmt:message key="myspace.column.title"/></th><th scope="col"><fmt:message key="myspace.column.status"/></th><th scope="col"><fmt:message key="myspace.column.updated"/></th></tr></thead>
      <tbody>
        <c:forEach items="${page.contributions}" var="row">
          <tr>
            <td><a href="${fn:escapeXml(row.url())}"><c:out value="${row.title()}"/></a></td>
            <td><span class="status status-${fn:escapeXml(row.status())}"><c:out value="${row.statusLabel()}"/></span></td>
            <td><c:out value="${row.updated()}"/></td>
          </tr>
        </c:forEach>
      </tbody>
    </table>
  </c:otherwise>
</c:choose>
<%@ include file="../layout/bottom.jspf" %>

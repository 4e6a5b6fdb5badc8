<fmt:message key="alerts.stop.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<div class="narrow">
<h1><fmt:message key="alerts.stop.title"/></h1>
<c:choose>
  <c:when test="${page.stopped}">
    <p role="status"><ui:message key="alerts.stop.done"><ui:param value="${page.name}"/></ui:message></p>
    <p><a href="/compte/alertes"><fmt:message key="alerts.stop.manage"/></a></p>
  </c:when>
  <c:otherwise>
    <p><ui:message key="alerts.stop.question"><ui:param value="${page.name}"/></ui:message></p>
    <form action="/alertes/arret" method="post">
      <%@ include file="../layout/csrf.jspf" %>
      <input type="hidden" name="jeton" value="${fn:escapeXml(page.token)}">
      <button type="submit"><fmt:message key="alerts.stop.submit"/></button>
    </form>
  </c:otherwise>
</c:choose>
</div>
<%@ include file="../layout/bottom.jspf" %>

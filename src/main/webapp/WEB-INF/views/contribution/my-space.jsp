<fmt:message key="myspace.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="myspace.title"/></h1>
<p class="actions"><a class="button" href="/contribuer"><fmt:message key="myspace.new-upload"/></a> <a class="button secondary" href="/contribuer/retour-experience"><fmt:message key="myspace.new-report"/></a> <a class="button secondary" href="/mon-espace/reseaux"><fmt:message key="myspace.networks"/></a> <a class="button secondary" href="/mon-espace/projets"><fmt:message key="myprojects.title"/></a> <a class="button secondary" href="/compte/alertes"><fmt:message key="alerts.title"/></a> <a class="button secondary" href="/mon-espace/abonnements"><fmt:message key="myspace.subscriptions"/></a></p>
<c:if test="${not empty page.trainings}">
  <h2 id="mes-formations"><fmt:message key="myspace.trainings"/></h2>
  <ul class="trainings">
    <c:forEach items="${page.trainings}" var="training">
      <li class="training-row">
        <h3><a href="${fn:escapeXml(training.page())}"><c:out value="${training.title()}"/></a></h3>
        <p class="hit-meta"><span class="tag"><c:out value="${training.kind()}"/></span><c:if test="${not empty training.when()}"> <span><c:out value="${training.when()}"/></span></c:if></p>
        <ul class="inline-links">
          <li><a href="${fn:escapeXml(training.edit())}"><fmt:message key="myspace.training.edit"/><span class="visually-hidden"> <c:out value="${training.title()}"/></span></a></li>
          <c:if test="${not empty training.registrants()}"><li><a href="${fn:escapeXml(training.registrants())}"><fmt:message key="myspace.training.registrants"/><span class="visually-hidden"> <c:out value="${training.title()}"/></span></a></li></c:if>
        </ul>
      </li>
    </c:forEach>
  </ul>
</c:if>
<h2><fmt:message key="myspace.contributions"/></h2>
<c:choose>
  <c:when test="${empty page.contributions}"><p><fmt:message key="myspace.none"/></p></c:when>
  <c:otherwise>
    <fmt:message key="myspace.column.title" var="titleLabel"/>
    <fmt:message key="myspace.column.status" var="statusLabel"/>
    <fmt:message key="myspace.column.updated" var="updatedLabel"/>
    <table class="contributions stack-table">
      <thead><tr><th scope="col"><c:out value="${titleLabel}"/></th><th scope="col"><c:out value="${statusLabel}"/></th><th scope="col"><c:out value="${updatedLabel}"/></th></tr></thead>
      <tbody>
        <c:forEach items="${page.contributions}" var="row">
          <tr>
            <td data-label="${fn:escapeXml(titleLabel)}"><a href="${fn:escapeXml(row.url())}"><c:out value="${row.title()}"/></a></td>
            <td data-label="${fn:escapeXml(statusLabel)}"><span class="status status-${fn:escapeXml(row.status())}"><c:out value="${row.statusLabel()}"/></span></td>
            <td data-label="${fn:escapeXml(updatedLabel)}"><c:out value="${row.updated()}"/></td>
          </tr>
        </c:forEach>
      </tbody>
    </table>
  </c:otherwise>
</c:choose>
<%@ include file="../layout/bottom.jspf" %>

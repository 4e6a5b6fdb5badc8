<ui:message key="diagnosis.report.title" var="pageTitle"><ui:param value="${page.report.name()}"/><ui:param value="${page.campaign}"/></ui:message>
<%@ include file="../../layout/top.jspf" %>
<%@ include file="../../layout/header.jspf" %>
<p class="breadcrumb"><a href="${fn:escapeXml(page.campaignLink)}"><c:out value="${page.campaign}"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<p><c:out value="${page.project}"/> — <c:out value="${page.state}"/></p>
<h2 id="scores"><fmt:message key="diagnosis.report.scores"/></h2>
<table class="accounts results-table" aria-labelledby="scores">
  <thead><tr><th scope="col"><fmt:message key="diagnosis.section"/></th><th scope="col"><fmt:message key="diagnosis.score"/></th><th scope="col"><fmt:message key="diagnosis.answered"/></th><th scope="col"><fmt:message key="diagnosis.unanswered"/></th></tr></thead>
  <tbody><c:forEach items="${page.scores}" var="s">
    <tr><th scope="row"><c:out value="${s.section()}"/></th><td><c:out value="${empty s.percent() ? '—' : s.percent()}"/></td><td><c:out value="${s.answered()}"/></td><td><c:out value="${s.unanswered()}"/></td></tr>
  </c:forEach></tbody>
</table>
<h2><fmt:message key="diagnosis.report.responses"/></h2>
<dl class="facts">
  <c:forEach items="${page.report.responses()}" var="r">
    <dt><c:out value="${r.section()}"/> — <c:out value="${r.question()}"/></dt>
    <dd class="report-section"><c:out value="${empty r.answer() ? '—' : r.answer()}"/></dd>
  </c:forEach>
</dl>
<%@ include file="../../layout/bottom.jspf" %>

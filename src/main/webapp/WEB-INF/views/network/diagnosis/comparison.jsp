<c:set var="cmp" value="${page.comparison}"/>
<ui:message key="diagnosis.comparison.title" var="pageTitle"><ui:param value="${cmp.title()}"/></ui:message>
<%@ include file="../../layout/top.jspf" %>
<%@ include file="../../layout/header.jspf" %>
<p class="breadcrumb"><a href="${fn:escapeXml(page.campaignLink)}"><c:out value="${cmp.title()}"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<p><c:out value="${page.project}"/> — <a href="${fn:escapeXml(page.csv)}"><fmt:message key="diagnosis.comparison.csv"/></a></p>
<c:choose>
  <c:when test="${empty page.table}"><p><fmt:message key="diagnosis.comparison.none"/></p></c:when>
  <c:otherwise>
    <c:set var="r" value="${cmp.radar()}"/>
    <figure class="radar">
      <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="radar-title" aria-describedby="comparaison" width="${fn:escapeXml(r.width())}" height="${fn:escapeXml(r.size())}" viewBox="${fn:escapeXml(r.viewBox())}">
        <title id="radar-title"><fmt:message key="diagnosis.radar.title"/></title>
        <c:forEach items="${r.rings()}" var="ring"><polygon points="${fn:escapeXml(ring)}" fill="none" stroke="#c5ccd1"/></c:forEach>
        <c:forEach items="${r.axes()}" var="axis">
          <line x1="${fn:escapeXml(r.centre())}" y1="${fn:escapeXml(r.centre())}" x2="${fn:escapeXml(axis.x())}" y2="${fn:escapeXml(axis.y())}" stroke="#9aa5ad"/>
          <text x="${fn:escapeXml(axis.labelX())}" y="${fn:escapeXml(axis.labelY())}" text-anchor="${fn:escapeXml(axis.anchor())}" font-size="12" fill="#1d2327"><c:out value="${fn:length(axis.label()) > 28 ? fn:substring(axis.label(), 0, 27).concat('…') : axis.label()}"/></text>
        </c:forEach>
        <c:forEach items="${r.shapes()}" var="shape">
          <polygon points="${fn:escapeXml(shape.points())}" fill="${fn:escapeXml(shape.colour())}" fill-opacity="0.08" stroke="${fn:escapeXml(shape.colour())}" stroke-width="2" stroke-dasharray="${fn:escapeXml(shape.dashes())}"><title><c:out value="${shape.organisation()}"/></title></polygon>
        </c:forEach>
      </svg>
      <figcaption><fmt:message key="diagnosis.radar.caption"/>
        <ul class="radar-legend">
          <c:forEach items="${r.shapes()}" var="shape">
            <li><svg width="28" height="10" aria-hidden="true" focusable="false"><line x1="0" y1="5" x2="28" y2="5" stroke="${fn:escapeXml(shape.colour())}" stroke-width="3" stroke-dasharray="${fn:escapeXml(shape.dashes())}"/></svg> <c:out value="${shape.organisation()}"/></li>
          </c:forEach>
        </ul>
      </figcaption>
    </figure>
    <table class="accounts results-table" id="comparaison" aria-labelledby="comparaison-caption">
      <caption id="comparaison-caption"><fmt:message key="diagnosis.comparison.table"/></caption>
      <thead><tr><th scope="col"><fmt:message key="diagnosis.organisation"/></th><c:forEach items="${cmp.sections()}" var="s"><th scope="col"><c:out value="${s}"/></th></c:forEach></tr></thead>
      <tbody><c:forEach items="${page.table}" var="line">
        <tr><th scope="row"><c:out value="${line.organisation()}"/></th><c:forEach items="${line.cells()}" var="cell"><td><c:out value="${cell}"/></td></c:forEach></tr>
      </c:forEach></tbody>
    </table>
  </c:otherwise>
</c:choose>
<c:if test="${not empty cmp.previous()}">
  <h2 id="progression"><ui:message key="diagnosis.progress.title"><ui:param value="${cmp.previous()}"/></ui:message></h2>
  <c:choose>
    <c:when test="${empty page.progress}"><p><fmt:message key="diagnosis.progress.none"/></p></c:when>
    <c:otherwise>
      <table class="accounts results-table" aria-labelledby="progression">
        <thead><tr><th scope="col"><fmt:message key="diagnosis.organisation"/></th><c:forEach items="${cmp.sections()}" var="s"><th scope="col"><c:out value="${s}"/></th></c:forEach></tr></thead>
        <tbody><c:forEach items="${page.progress}" var="line">
          <tr><th scope="row"><c:out value="${line.organisation()}"/></th><c:forEach items="${line.cells()}" var="cell"><td><c:out value="${cell}"/></td></c:forEach></tr>
        </c:forEach></tbody>
      </table>
    </c:otherwise>
  </c:choose>
</c:if>
<%@ include file="../../layout/bottom.jspf" %>

<c:set var="p" value="${page.project}"/>
<c:set var="pageTitle" value="${p.title()}"/>
<%@ include file="../layout/top.jspf" %>
<link rel="canonical" href="${fn:escapeXml(p.page())}">
<c:if test="${not empty p.summary()}"><meta name="description" content="${fn:escapeXml(p.summary())}"></c:if>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/projets"><fmt:message key="project.back"/></a></p>
<article class="resource project">
  <h1><c:out value="${p.title()}"/><c:if test="${not empty p.acronym() and not fn:contains(p.title(), p.acronym())}"> (<c:out value="${p.acronym()}"/>)</c:if></h1>
  <c:if test="${p.state() == 'draft'}"><p class="notice" role="status"><fmt:message key="project.draft.notice"/></p></c:if>
  <c:if test="${page.editable or not empty page.space}"><p>
    <c:if test="${not empty page.space}"><a class="button" href="${fn:escapeXml(page.space)}"><fmt:message key="project.space.link"/></a></c:if>
    <c:if test="${page.editable}"><a class="button secondary" href="/projets/${fn:escapeXml(p.slug())}/modifier"><fmt:message key="project.edit"/></a></c:if>
  </p></c:if>
  <dl class="facts">
    <dt><fmt:message key="project.period"/></dt><dd><c:out value="${page.period}"/></dd>
    <c:if test="${not empty p.funders()}">
      <dt><fmt:message key="project.funders"/></dt>
      <dd><ul class="plain"><c:forEach items="${p.funders()}" var="f">
        <li><c:out value="${f.name()}"/><c:if test="${not empty f.rate()}"> — <ui:message key="project.rate"><ui:param value="${f.rate()}"/></ui:message></c:if></li>
      </c:forEach></ul></dd>
    </c:if>
    <c:if test="${not empty p.webinars()}">
      <dt><fmt:message key="project.webinars"/></dt>
      <dd><ui:message key="project.webinars.held"><ui:param value="${p.webinars().held()}"/><ui:param value="${p.webinars().total()}"/></ui:message></dd>
    </c:if>
  </dl>
  <c:if test="${not empty p.summary()}">
    <h2><fmt:message key="project.summary"/></h2>
    <p class="summary report-section"><c:out value="${p.summary()}"/></p>
  </c:if>
  <c:if test="${not empty p.purpose()}">
    <h2><fmt:message key="project.purpose"/></h2>
    <p class="report-section"><c:out value="${p.purpose()}"/></p>
  </c:if>

  <h2 id="plan"><fmt:message key="project.plan"/></h2>
  <c:choose>
    <c:when test="${empty page.plan}"><p><fmt:message key="project.plan.none"/></p></c:when>
    <c:otherwise>
      <c:set var="t" value="${page.timeline}"/>
      <figure class="timeline">
        <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="timeline-title" width="${fn:escapeXml(t.width())}" height="${fn:escapeXml(t.height())}" viewBox="0 0 ${fn:escapeXml(t.width())} ${fn:escapeXml(t.height())}">
          <title id="timeline-title"><fmt:message key="project.timeline.title"/></title>
          <defs>
            <pattern id="pattern-planned" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="8" stroke="#5b6770" stroke-width="3"/></pattern>
            <pattern id="pattern-under-way" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#f2c14e"/><circle cx="3" cy="3" r="1.5" fill="#6b4e00"/></pattern>
            <pattern id="pattern-done" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#2e7d4f"/></pattern>
          </defs>
          <c:forEach items="${t.ticks()}" var="tick">
            <line x1="${fn:escapeXml(tick.x())}" y1="16" x2="${fn:escapeXml(tick.x())}" y2="${fn:escapeXml(t.height())}" stroke="#9aa5ad" stroke-dasharray="2 3"/>
            <text x="${fn:escapeXml(tick.x() + 3)}" y="12" font-size="12" fill="#1d2327"><c:out value="${tick.label()}"/></text>
          </c:forEach>
          <c:forEach items="${t.bars()}" var="bar">
            <g>
              <title><ui:message key="project.timeline.bar"><ui:param value="${bar.number()}"/><ui:param value="${bar.title()}"/><ui:param value="${bar.statusLabel()}"/></ui:message></title>
              <text x="${fn:escapeXml(t.labelX())}" y="${fn:escapeXml(bar.textY())}" text-anchor="end" font-size="13" fill="#1d2327"><ui:message key="project.timeline.label"><ui:param value="${bar.number()}"/><ui:param value="${fn:length(bar.title()) > 24 ? fn:substring(bar.title(), 0, 23).concat('…') : bar.title()}"/></ui:message></text>
              <rect x="${fn:escapeXml(bar.x())}" y="${fn:escapeXml(bar.y())}" width="${fn:escapeXml(bar.width())}" height="18" fill="url(#pattern-${fn:escapeXml(bar.status())})" stroke="#1d2327"/>
              <text x="${fn:escapeXml(t.statusX())}" y="${fn:escapeXml(bar.textY())}" font-size="13" fill="#1d2327"><c:out value="${bar.statusLabel()}"/></text>
            </g>
          </c:forEach>
        </svg>
        <figcaption><fmt:message key="project.timeline.caption"/></figcaption>
      </figure>
      <table class="plan">
        <caption><fmt:message key="project.plan.table"/></caption>
        <thead><tr>
          <th scope="col"><fmt:message key="project.plan.number"/></th>
          <th scope="col"><fmt:message key="project.plan.action"/></th>
          <th scope="col"><fmt:message key="project.plan.kind"/></th>
          <th scope="col"><fmt:message key="project.plan.dates"/></th>
          <th scope="col"><fmt:message key="project.plan.status"/></th>
          <th scope="col"><fmt:message key="project.plan.outputs"/></th>
        </tr></thead>
        <tbody>
          <c:forEach items="${page.plan}" var="w">
            <tr>
              <td><c:out value="${w.number()}"/></td>
              <th scope="row"><c:out value="${w.title()}"/><c:if test="${not empty w.description()}"><br><span class="hint"><c:out value="${w.description()}"/></span></c:if></th>
              <td><c:out value="${w.kind()}"/></td>
              <td><c:out value="${w.dates()}"/></td>
              <td><span class="status status-${fn:escapeXml(w.status())}"><c:out value="${w.statusLabel()}"/></span></td>
              <td><c:if test="${not empty w.outputs()}"><ul class="plain"><c:forEach items="${w.outputs()}" var="o"><li><a href="${fn:escapeXml(o.page())}"><c:out value="${o.title()}"/></a></li></c:forEach></ul></c:if></td>
            </tr>
          </c:forEach>
        </tbody>
      </table>
    </c:otherwise>
  </c:choose>

  <c:if test="${not empty page.agenda}">
    <h2 id="agenda"><fmt:message key="project.agenda"/></h2>
    <ul class="project-agenda"><c:forEach items="${page.agenda}" var="a">
      <li><c:out value="${a.when()}"/> — <c:out value="${a.kind()}"/> : <a href="${fn:escapeXml(a.page())}"><c:out value="${a.title()}"/></a> (<fmt:message key="${a.upcoming() ? 'project.agenda.upcoming' : 'project.agenda.past'}"/>)</li>
    </c:forEach></ul>
  </c:if>
  <c:if test="${not empty page.news}">
    <h2 id="news"><fmt:message key="project.news"/></h2>
    <ul class="project-news"><c:forEach items="${page.news}" var="n">
      <li><a href="${fn:escapeXml(n.page())}"><c:out value="${n.title()}"/></a><c:if test="${not empty n.summary()}"><br><span class="hint"><c:out value="${n.summary()}"/></span></c:if></li>
    </c:forEach></ul>
  </c:if>

  <c:if test="${not empty page.countries}">
    <h2><fmt:message key="project.partners"/></h2>
    <c:forEach items="${page.countries}" var="country">
      <h3><c:out value="${country.name()}"/></h3>
      <ul><c:forEach items="${country.partners()}" var="a"><li><a href="${fn:escapeXml(a.page())}"><c:out value="${a.name()}"/></a></li></c:forEach></ul>
    </c:forEach>
  </c:if>
  <c:if test="${not empty page.technical}">
    <h2><fmt:message key="project.technical"/></h2>
    <ul><c:forEach items="${page.technical}" var="a"><li><a href="${fn:escapeXml(a.page())}"><c:out value="${a.name()}"/></a></li></c:forEach></ul>
  </c:if>
</article>
<%@ include file="../layout/bottom.jspf" %>

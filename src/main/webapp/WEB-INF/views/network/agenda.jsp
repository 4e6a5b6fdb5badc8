<fmt:message key="agenda.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<link rel="alternate" type="text/calendar" href="${fn:escapeXml(page.feedUrl)}" title="<fmt:message key='agenda.feed'/>">
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="agenda.title"/></h1>
<p class="lead"><fmt:message key="agenda.lead"/></p>
<div class="actions">
  <a class="button secondary" href="${fn:escapeXml(page.webcalUrl)}"><fmt:message key="agenda.subscribe"/></a>
  <a href="${fn:escapeXml(page.feedUrl)}"><fmt:message key="agenda.feed.file"/></a>
  <c:if test="${page.mayPropose}"><a class="button" href="/agenda/proposer"><fmt:message key="agenda.propose"/></a></c:if>
</div>

<nav aria-label="<fmt:message key='agenda.tabs'/>">
  <ul class="inline-links agenda-tabs">
    <li><a href="/agenda?periode=a-venir${fn:escapeXml(page.query)}"<c:if test="${not page.past}"> aria-current="page"</c:if>><fmt:message key="agenda.upcoming"/></a></li>
    <li><a href="/agenda?periode=passes${fn:escapeXml(page.query)}"<c:if test="${page.past}"> aria-current="page"</c:if>><fmt:message key="agenda.past"/></a></li>
  </ul>
</nav>

<form method="get" action="/agenda" class="inline-form agenda-filters">
  <c:if test="${page.past}"><input type="hidden" name="periode" value="passes"></c:if>
  <p class="field">
    <label for="kind"><fmt:message key="event.kind"/></label>
    <select id="kind" name="kind">
      <option value=""><fmt:message key="agenda.all"/></option>
      <c:forEach items="${page.kinds}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
    </select>
  </p>
  <p class="field">
    <label for="format"><fmt:message key="event.format"/></label>
    <select id="format" name="format">
      <option value=""><fmt:message key="agenda.all"/></option>
      <c:forEach items="${page.formats}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
    </select>
  </p>
  <p class="field">
    <label for="territory"><fmt:message key="resource.territory"/></label>
    <select id="territory" name="territory">
      <option value=""><fmt:message key="agenda.all"/></option>
      <c:forEach items="${page.territories}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
    </select>
  </p>
  <c:if test="${not empty page.networks}">
  <p class="field">
    <label for="reseau"><fmt:message key="agenda.network"/></label>
    <select id="reseau" name="reseau">
      <option value=""><fmt:message key="agenda.all"/></option>
      <c:forEach items="${page.networks}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
    </select>
  </p>
  </c:if>
  <p class="field">
    <label for="month"><fmt:message key="agenda.month"/></label>
    <input id="month" name="month" type="month" value="${fn:escapeXml(page.month)}" aria-describedby="month-hint">
    <span id="month-hint" class="hint"><fmt:message key="agenda.month.hint"/></span>
  </p>
  <p><button type="submit" class="secondary"><fmt:message key="agenda.filter"/></button></p>
</form>

<h2 id="rendez-vous"><fmt:message key="${page.past ? 'agenda.past' : 'agenda.upcoming'}"/></h2>
<c:choose>
  <c:when test="${empty page.events}"><p><fmt:message key="${page.past ? 'agenda.past.none' : 'agenda.upcoming.none'}"/></p></c:when>
  <c:otherwise>
    <ul class="hits agenda-events"><c:forEach items="${page.events}" var="e"><%@ include file="event-card.jspf" %></c:forEach></ul>
  </c:otherwise>
</c:choose>
<%@ include file="../layout/bottom.jspf" %>

<fmt:message key="webinars.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<link rel="alternate" type="text/calendar" href="${fn:escapeXml(page.feedUrl)}" title="<fmt:message key='webinars.feed'/>">
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/formations"><fmt:message key="webinars.back"/></a></p>
<h1><fmt:message key="webinars.title"/><c:if test="${not empty page.themeLabel}"> — <c:out value="${page.themeLabel}"/></c:if></h1>
<p class="lead"><fmt:message key="webinars.lead"/></p>
<div class="actions">
  <form method="get" action="/webinaires" class="inline-form">
    <label for="theme"><fmt:message key="webinars.theme"/></label>
    <select id="theme" name="theme">
      <option value=""><fmt:message key="webinars.theme.all"/></option>
      <c:forEach items="${page.themes}" var="o"><option value="${fn:escapeXml(o.code())}" ${o.selected() ? 'selected' : ''}><c:out value="${o.label()}"/></option></c:forEach>
    </select>
    <button type="submit" class="secondary"><fmt:message key="webinars.theme.apply"/></button>
  </form>
  <a class="button secondary" href="${fn:escapeXml(page.webcalUrl)}"><fmt:message key="webinars.subscribe"/></a>
  <a href="${fn:escapeXml(page.feedUrl)}"><fmt:message key="webinars.feed.file"/></a>
  <c:if test="${page.mayCreate}"><a class="button" href="/webinaires/nouveau"><fmt:message key="webinars.create"/></a></c:if>
</div>
<p class="hint"><fmt:message key="webinars.subscribe.hint"/></p>

<h2 id="a-venir"><fmt:message key="webinars.upcoming"/></h2>
<c:choose>
  <c:when test="${empty page.upcoming}"><p><fmt:message key="webinars.upcoming.none"/></p></c:when>
  <c:otherwise>
    <ul class="hits webinars-upcoming"><c:forEach items="${page.upcoming}" var="w"><%@ include file="webinar-card.jspf" %></c:forEach></ul>
  </c:otherwise>
</c:choose>

<h2 id="passes"><fmt:message key="webinars.past"/></h2>
<c:choose>
  <c:when test="${empty page.past}"><p><fmt:message key="webinars.past.none"/></p></c:when>
  <c:otherwise>
    <ul class="hits webinars-past"><c:forEach items="${page.past}" var="w"><%@ include file="webinar-card.jspf" %></c:forEach></ul>
  </c:otherwise>
</c:choose>
<%@ include file="../layout/bottom.jspf" %>

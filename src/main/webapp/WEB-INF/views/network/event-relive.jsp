<c:set var="e" value="${page.event}"/>
<ui:message key="event.relive.title" var="pageTitle"><ui:param value="${e.title()}"/></ui:message>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="${fn:escapeXml(e.url())}"><fmt:message key="event.relive.back"/></a></p>
<article class="resource event">
  <h1><fmt:message key="event.relive.heading"/></h1>
  <p class="lead"><c:out value="${e.title()}"/></p>
  <p><time datetime="${fn:escapeXml(e.startsAt())}"><c:out value="${e.when()}"/></time><c:if test="${not empty e.where()}">, <c:out value="${e.where()}"/></c:if></p>
  <c:if test="${not e.ended()}"><p class="notice"><fmt:message key="event.relive.not-yet"/></p></c:if>
  <c:if test="${e.ended() and not empty e.replayUrl()}">
    <p class="download"><a class="button" href="${fn:escapeXml(e.replayUrl())}" rel="noopener"><fmt:message key="event.replay"/></a></p>
  </c:if>
  <c:if test="${e.ended() and not empty e.recap()}">
    <section aria-labelledby="recap-title">
      <h2 id="recap-title"><fmt:message key="event.recap"/></h2>
      <p class="report-section"><c:out value="${e.recap()}"/></p>
    </section>
  </c:if>
  <c:if test="${e.ended()}"><%@ include file="../training/materials.jspf" %></c:if>
</article>
<%@ include file="../layout/bottom.jspf" %>

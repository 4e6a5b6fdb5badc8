<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<c:set var="w" value="${page.webinar}"/>
<c:set var="pageTitle" value="${w.title()}"/>
<%@ include file="../layout/top.jspf" %>
<c:if test="${not empty w.summary()}"><meta name="description" content="${fn:escapeXml(w.summary())}"></c:if>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/webinaires"><fmt:message key="webinar.back"/></a></p>
<article class="resource webinar">
  <h1><c:out value="${w.title()}"/></h1>
  <p class="hit-meta">
    <span class="tag"><fmt:message key="webinar.tag"/></span>
    <c:if test="${not empty w.series()}"><span><fmt:message key="webinar.series"/>${' '}<c:out value="${w.series()}"/></span></c:if>
    <c:if test="${w.running()}"><span class="status status-running"><fmt:message key="webinar.running"/></span></c:if>
    <c:if test="${w.ended()}"><span class="status"><fmt:message key="webinar.ended"/></span></c:if>
  </p>
  <p class="webinar-when">
    <strong><time datetime="${fn:escapeXml(w.startsAt())}" data-local-time data-local-template="<fmt:message key='training.local-time'/>"><c:out value="${w.when()}"/></time></strong>
    <ui:message key="webinar.until"><ui:param value="${w.endTime()}"/></ui:message>
    <span class="hint"><fmt:message key="webinar.paris-time"/></span>
  </p>

  <c:choose>
    <c:when test="${param.inscription == 'confirmee'}">
      <div id="inscription-etat" class="notice" role="status"><p><strong><fmt:message key="webinar.registered"/></strong> <fmt:message key="webinar.registered.mail"/></p></div>
    </c:when>
    <c:when test="${param.inscription == 'demandee'}">
      <div id="inscription-etat" class="notice" role="status"><p><strong><fmt:message key="webinar.requested"/></strong> <fmt:message key="webinar.requested.mail"/></p></div>
    </c:when>
    <c:when test="${param.inscription == 'attente'}">
      <div id="inscription-etat" class="notice" role="status"><p><strong><ui:message key="webinar.waiting"><ui:param value="${param.rang}"/></ui:message></strong> <fmt:message key="webinar.waiting.mail"/></p></div>
    </c:when>
  </c:choose>
  <%@ include file="../layout/form-error.jspf" %>
  <c:if test="${param.enregistre != null}"><p class="notice" role="status"><fmt:message key="webinar.saved"/></p></c:if>
  <c:if test="${not empty param.support}"><p class="notice" role="status"><fmt:message key="training.materials.added"/></p></c:if>

  <c:if test="${w.registrationOpen() and empty w.myRegistration() and empty param.inscription}">
    <p class="download"><a class="button" href="#register-title"><fmt:message key="webinar.register.go"/></a>
      <c:if test="${not w.full()}"><span class="hint"><ui:message key="webinar.places"><ui:param value="${w.placesLeft()}"/></ui:message></span></c:if>
      <c:if test="${w.full()}"><span class="hint"><fmt:message key="webinar.full"/></span></c:if></p>
  </c:if>
  <c:if test="${not empty w.joinUrl()}">
    <p class="download"><a class="button" href="${fn:escapeXml(w.joinUrl())}" rel="noopener"><fmt:message key="webinar.join"/></a>
      <span class="hint"><fmt:message key="webinar.join.hint"/></span></p>
  </c:if>
  <c:if test="${w.myRegistration() == 'confirmed' and empty param.inscription}">
    <p class="notice" role="status"><fmt:message key="webinar.mine.confirmed"/></p>
  </c:if>
  <c:if test="${w.myRegistration() == 'waiting' and empty param.inscription}">
    <p class="notice" role="status"><fmt:message key="webinar.mine.waiting"/></p>
  </c:if>

  <c:if test="${w.ended() and not empty w.replayUrl()}">
    <p class="download"><a class="button" href="${fn:escapeXml(w.replayUrl())}" rel="noopener"><fmt:message key="webinar.replay"/></a></p>
  </c:if>
  <c:if test="${not empty w.recap()}">
    <section aria-labelledby="recap-title">
      <h2 id="recap-title"><fmt:message key="webinar.recap"/></h2>
      <p class="report-section"><c:out value="${w.recap()}"/></p>
    </section>
  </c:if>

  <c:if test="${not empty w.summary()}">
    <h2><fmt:message key="webinar.abstract"/></h2>
    <p class="report-section"><c:out value="${w.summary()}"/></p>
  </c:if>

  <c:if test="${not empty w.speakers()}">
    <h2><fmt:message key="webinar.speakers"/></h2>
    <ul class="speakers">
      <c:forEach items="${w.speakers()}" var="s"><li><c:out value="${s.name}"/><c:if test="${not empty s.organisation}">, <c:out value="${s.organisation}"/></c:if></li></c:forEach>
    </ul>
  </c:if>

  <%@ include file="materials.jspf" %>

  <h2><fmt:message key="webinar.details"/></h2>
  <dl class="metadata">
    <dt><fmt:message key="webinar.duration.label"/></dt><dd><ui:message key="webinar.duration"><ui:param value="${w.durationMinutes()}"/></ui:message></dd>
    <c:if test="${not empty w.themes()}"><dt><fmt:message key="resource.themes"/></dt><dd><c:forEach items="${w.themes()}" var="t" varStatus="i"><c:out value="${t}"/><c:if test="${not i.last}">, </c:if></c:forEach></dd></c:if>
    <c:if test="${not empty w.audiences()}"><dt><fmt:message key="resource.audiences"/></dt><dd><c:forEach items="${w.audiences()}" var="a" varStatus="i"><c:out value="${a}"/><c:if test="${not i.last}">, </c:if></c:forEach></dd></c:if>
    <c:if test="${not empty w.territory()}"><dt><fmt:message key="resource.territory"/></dt><dd><c:out value="${w.territory()}"/></dd></c:if>
    <c:if test="${not w.ended()}"><dt><fmt:message key="webinar.capacity"/></dt><dd><ui:message key="webinar.capacity.value"><ui:param value="${w.capacity()}"/><ui:param value="${w.placesLeft()}"/></ui:message></dd></c:if>
  </dl>
  <c:if test="${not w.ended()}"><ul class="inline-links"><li><a href="${fn:escapeXml(w.icsUrl())}"><fmt:message key="webinar.ics"/></a></li>
    <li><a href="${fn:escapeXml(page.webcalUrl)}"><fmt:message key="webinar.webcal"/></a></li></ul></c:if>

  <c:if test="${w.registrationOpen() and empty w.myRegistration() and param.inscription != 'confirmee' and param.inscription != 'attente' and param.inscription != 'demandee'}">
    <section aria-labelledby="register-title" class="contribution-form">
      <h2 id="register-title"><fmt:message key="webinar.register"/></h2>
      <c:if test="${w.full()}"><p class="notice"><fmt:message key="webinar.register.full"/></p></c:if>
      <form method="post" action="${fn:escapeXml(w.url())}#register-title" novalidate>
        <%@ include file="../layout/csrf.jspf" %>
        <b:field name="name" label="webinar.register.name" value="${page.typed.name}" error="${page.feedback.errors.name}" autocomplete="name"/>
        <b:field name="email" label="webinar.register.email" type="email" value="${page.typed.email}" error="${page.feedback.errors.email}" autocomplete="email"/>
        <b:field name="organisation" label="webinar.register.organisation" value="${page.typed.organisation}" error="${page.feedback.errors.organisation}" autocomplete="organization" optional="${true}"/>
        <div class="field field-check">
          <input type="checkbox" id="consent" name="consent" value="oui" required<c:if test="${not empty page.feedback.errors.consent}"> aria-invalid="true" aria-describedby="consent-error"</c:if>>
          <label for="consent"><fmt:message key="webinar.register.consent"/></label>
          <c:if test="${not empty page.feedback.errors.consent}"><p class="field-error" id="consent-error"><c:out value="${page.feedback.errors.consent}"/></p></c:if>
        </div>
        <p class="hint"><a href="/mentions-legales"><fmt:message key="register.terms.link"/></a></p>
        <p><button type="submit"><fmt:message key="webinar.register.send"/></button></p>
      </form>
    </section>
  </c:if>

  <c:if test="${page.runsIt or page.readsRegistrants}">
    <h2><fmt:message key="webinar.manage"/></h2>
    <ul class="inline-links">
      <c:if test="${page.runsIt}"><li><a href="/webinaires/modifier/${fn:escapeXml(w.id())}"><fmt:message key="webinar.edit"/></a></li></c:if>
      <c:if test="${page.readsRegistrants}"><li><a href="/webinaires/inscrits/${fn:escapeXml(w.id())}"><fmt:message key="webinar.registrants"/></a></li></c:if>
    </ul>
  </c:if>
</article>
<%@ include file="../layout/bottom.jspf" %>

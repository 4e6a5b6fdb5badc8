<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<c:set var="e" value="${page.event}"/>
<c:set var="pageTitle" value="${e.title()}"/>
<%@ include file="../layout/top.jspf" %>
<c:if test="${not empty e.summary()}"><meta name="description" content="${fn:escapeXml(e.summary())}"></c:if>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/agenda"><fmt:message key="event.back"/></a></p>
<article class="resource event">
  <h1><c:out value="${e.title()}"/></h1>
  <p class="hit-meta">
    <span class="tag"><c:out value="${e.kindLabel()}"/></span>
    <span><c:out value="${e.formatLabel()}"/></span>
    <c:if test="${e.running()}"><span class="status status-running"><fmt:message key="event.running"/></span></c:if>
    <c:if test="${e.ended()}"><span class="status"><fmt:message key="event.ended"/></span></c:if>
    <c:if test="${e.membersOnly()}"><span class="tag"><fmt:message key="event.members-only.badge"/></span></c:if>
    <c:if test="${not e.published()}"><span class="status"><fmt:message key="agenda.unpublished"/></span></c:if>
  </p>
  <p class="webinar-when">
    <strong><time datetime="${fn:escapeXml(e.startsAt())}" data-local-time data-zone="${fn:escapeXml(e.zone())}" data-local-template="<fmt:message key='training.local-time'/>"><c:out value="${e.when()}"/></time></strong>
  </p>
  <c:if test="${not empty e.where()}"><p class="event-where"><fmt:message key="event.where"/>${' '}<c:out value="${e.where()}"/></p></c:if>
  <c:if test="${not empty e.network()}"><p class="event-network"><fmt:message key="event.network"/>${' '}<a href="${fn:escapeXml(e.networkUrl())}"><c:out value="${e.networkName()}"/></a></p></c:if>
  <c:if test="${not empty param.soumis}"><p class="notice" role="status"><fmt:message key="event.submitted"/></p></c:if>
  <c:if test="${not empty param.enregistre}"><p class="notice" role="status"><fmt:message key="event.saved"/></p></c:if>
  <c:if test="${not empty page.editUrl and empty page.submitUrl}"><p class="actions"><a class="button secondary" href="${fn:escapeXml(page.editUrl)}"><fmt:message key="event.edit"/></a></p></c:if>
  <c:if test="${not empty page.submitUrl}">
    <form class="actions" method="post" action="${fn:escapeXml(page.submitUrl)}">
      <%@ include file="../layout/csrf.jspf" %>
      <c:if test="${not empty page.editUrl}"><a class="button secondary" href="${fn:escapeXml(page.editUrl)}"><fmt:message key="event.edit"/></a></c:if>
      <button type="submit"><fmt:message key="event.submit"/></button>
    </form>
  </c:if>

  <c:choose>
    <c:when test="${param.inscription == 'confirmee'}">
      <div id="inscription-etat" class="notice" role="status"><p><strong><fmt:message key="event.registered"/></strong> <fmt:message key="event.registered.mail"/></p></div>
    </c:when>
    <c:when test="${param.inscription == 'demandee'}">
      <div id="inscription-etat" class="notice" role="status"><p><strong><fmt:message key="webinar.requested"/></strong> <fmt:message key="webinar.requested.mail"/></p></div>
    </c:when>
    <c:when test="${param.inscription == 'attente'}">
      <div id="inscription-etat" class="notice" role="status"><p><strong><ui:message key="event.waiting"><ui:param value="${param.rang}"/></ui:message></strong> <fmt:message key="event.waiting.mail"/></p></div>
    </c:when>
  </c:choose>
  <%@ include file="../layout/form-error.jspf" %>
  <c:if test="${not empty param.support}"><p class="notice" role="status"><fmt:message key="training.materials.added"/></p></c:if>

  <c:if test="${e.registrationOpen() and empty e.myRegistration() and empty param.inscription}">
    <p class="download"><a class="button" href="#register-title"><fmt:message key="event.register.go"/></a>
      <c:if test="${not e.full()}"><span class="hint"><ui:message key="webinar.places"><ui:param value="${e.placesLeft()}"/></ui:message></span></c:if>
      <c:if test="${e.full()}"><span class="hint"><fmt:message key="event.full"/></span></c:if></p>
  </c:if>
  <c:if test="${not empty e.joinUrl()}">
    <p class="download"><a class="button" href="${fn:escapeXml(e.joinUrl())}" rel="noopener"><fmt:message key="event.join"/></a>
      <span class="hint"><fmt:message key="event.join.hint"/></span></p>
  </c:if>
  <c:if test="${e.myRegistration() == 'confirmed' and empty param.inscription}"><p class="notice" role="status"><fmt:message key="event.mine.confirmed"/></p></c:if>
  <c:if test="${e.myRegistration() == 'waiting' and empty param.inscription}"><p class="notice" role="status"><fmt:message key="event.mine.waiting"/></p></c:if>
  <c:if test="${e.relivable()}"><p class="download"><a class="button" href="${fn:escapeXml(e.reliveUrl())}"><fmt:message key="event.relive.link"/></a></p></c:if>

  <c:if test="${not empty e.summary()}">
    <h2><fmt:message key="event.about"/></h2>
    <p class="report-section"><c:out value="${e.summary()}"/></p>
  </c:if>
  <c:if test="${not empty e.programme()}">
    <h2><fmt:message key="event.programme"/></h2>
    <p class="report-section"><c:out value="${e.programme()}"/></p>
  </c:if>

  <h2><fmt:message key="webinar.details"/></h2>
  <dl class="metadata">
    <dt><fmt:message key="event.kind"/></dt><dd><c:out value="${e.kindLabel()}"/></dd>
    <dt><fmt:message key="event.format"/></dt><dd><c:out value="${e.formatLabel()}"/></dd>
    <c:if test="${not empty e.where()}"><dt><fmt:message key="event.place"/></dt><dd><c:out value="${e.where()}"/></dd></c:if>
    <c:if test="${not empty e.territoryLabel()}"><dt><fmt:message key="resource.territory"/></dt><dd><c:out value="${e.territoryLabel()}"/></dd></c:if>
    <c:if test="${not empty e.network()}"><dt><fmt:message key="form.field.network"/></dt><dd><a href="${fn:escapeXml(e.networkUrl())}"><c:out value="${e.networkName()}"/></a></dd></c:if>
    <c:if test="${not empty e.organiser()}"><dt><fmt:message key="event.organiser"/></dt><dd><a href="${fn:escapeXml(e.organiserUrl())}"><c:out value="${e.organiser()}"/></a></dd></c:if>
    <c:if test="${not e.ended()}"><dt><fmt:message key="webinar.capacity"/></dt><dd><ui:message key="webinar.capacity.value"><ui:param value="${e.capacity()}"/><ui:param value="${e.placesLeft()}"/></ui:message></dd></c:if>
  </dl>
  <c:if test="${not e.ended() and e.published()}"><ul class="inline-links"><li><a href="${fn:escapeXml(e.icsUrl())}"><fmt:message key="event.ics"/></a></li>
    <c:if test="${not e.membersOnly()}"><li><a href="${fn:escapeXml(page.webcalUrl)}"><fmt:message key="event.webcal"/></a></li></c:if></ul></c:if>

  <c:if test="${e.ended()}"><%@ include file="../training/materials.jspf" %></c:if>

  <c:if test="${e.registrationOpen() and empty e.myRegistration() and param.inscription != 'confirmee' and param.inscription != 'attente' and param.inscription != 'demandee'}">
    <section aria-labelledby="register-title" class="contribution-form">
      <h2 id="register-title"><fmt:message key="event.register"/></h2>
      <c:if test="${e.full()}"><p class="notice"><fmt:message key="event.register.full"/></p></c:if>
      <form method="post" action="${fn:escapeXml(e.url())}#register-title" novalidate>
        <%@ include file="../layout/csrf.jspf" %>
        <b:field name="name" label="webinar.register.name" value="${page.typed.name}" error="${page.feedback.errors.name}" autocomplete="name"/>
        <b:field name="email" label="webinar.register.email" type="email" value="${page.typed.email}" error="${page.feedback.errors.email}" autocomplete="email"/>
        <b:field name="organisation" label="webinar.register.organisation" value="${page.typed.organisation}" error="${page.feedback.errors.organisation}" autocomplete="organization" optional="${true}"/>
        <div class="field field-check">
          <input type="checkbox" id="consent" name="consent" value="oui" required<c:if test="${not empty page.feedback.errors.consent}"> aria-invalid="true" aria-describedby="consent-error"</c:if>>
          <label for="consent"><fmt:message key="event.register.consent"/></label>
          <c:if test="${not empty page.feedback.errors.consent}"><p class="field-error" id="consent-error"><c:out value="${page.feedback.errors.consent}"/></p></c:if>
        </div>
        <p class="hint"><a href="/mentions-legales"><fmt:message key="register.terms.link"/></a></p>
        <p><button type="submit"><fmt:message key="webinar.register.send"/></button></p>
      </form>
    </section>
  </c:if>
</article>
<%@ include file="../layout/bottom.jspf" %>

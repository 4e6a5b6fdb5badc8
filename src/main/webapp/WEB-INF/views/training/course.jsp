<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<c:set var="pageTitle" value="${page.title}"/>
<%@ include file="../layout/top.jspf" %>
<link rel="canonical" href="/formations/${fn:escapeXml(page.id)}">
<c:if test="${not empty page.summary}"><meta name="description" content="${fn:escapeXml(page.summary)}"></c:if>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/formations"><fmt:message key="course.back"/></a></p>
<article class="resource course">
  <h1><c:out value="${page.title}"/></h1>
  <c:if test="${not empty page.editUrl}"><p><a class="button secondary" href="${fn:escapeXml(page.editUrl)}"><fmt:message key="course.edit"/></a></p></c:if>

  <c:choose>
    <c:when test="${param.inscription == 'confirmee'}">
      <div id="inscription-etat" class="notice" role="status"><p><strong><fmt:message key="course.signup.registered"/></strong> <fmt:message key="webinar.registered.mail"/></p></div>
    </c:when>
    <c:when test="${param.inscription == 'demandee'}">
      <div id="inscription-etat" class="notice" role="status"><p><strong><fmt:message key="webinar.requested"/></strong> <fmt:message key="webinar.requested.mail"/></p></div>
    </c:when>
    <c:when test="${param.inscription == 'attente'}">
      <div id="inscription-etat" class="notice" role="status"><p><strong><ui:message key="course.signup.waiting"><ui:param value="${param.rang}"/></ui:message></strong> <fmt:message key="webinar.waiting.mail"/></p></div>
    </c:when>
  </c:choose>

  <h2><fmt:message key="course.details"/></h2>
  <c:set var="facts" value="${page.facts}"/>
  <%@ include file="course-facts.jspf" %>
  <%-- A course held in sessions is signed up to at its provider: their page, else their name to turn to. --%>
  <c:choose>
    <c:when test="${not empty page.platformUrl}">
      <p class="download"><a class="button" href="${fn:escapeXml(page.platformUrl)}" rel="noopener"><fmt:message key="${page.scheduled ? 'course.signup' : 'course.platform'}"/></a></p>
    </c:when>
    <c:when test="${not empty page.signUp and empty param.inscription}">
      <p class="download"><a class="button" href="#inscription"><fmt:message key="course.signup.go"/></a></p>
    </c:when>
    <c:when test="${page.scheduled and not empty page.facts.provider and empty page.signUp}">
      <p class="notice"><ui:message key="course.signup.ask"><ui:param value="${page.facts.provider}"/></ui:message></p>
    </c:when>
  </c:choose>

  <c:if test="${not empty page.summary}">
    <h2><fmt:message key="course.summary"/></h2>
    <p class="summary report-section"><c:out value="${page.summary}"/></p>
  </c:if>
  <c:if test="${not empty page.objectives}">
    <h2><fmt:message key="course.objectives"/></h2>
    <div class="report-section"><c:out value="${page.objectives}"/></div>
  </c:if>
  <c:if test="${not empty page.prerequisites}">
    <h2><fmt:message key="course.prerequisites"/></h2>
    <div class="report-section"><c:out value="${page.prerequisites}"/></div>
  </c:if>

  <c:if test="${page.scheduled}">
    <h2 id="sessions"><fmt:message key="course.sessions"/></h2>
    <c:choose>
      <c:when test="${empty page.sessions}"><p><fmt:message key="course.sessions.none"/></p></c:when>
      <c:otherwise>
        <div class="table-scroll">
          <table class="accounts sessions stack-table" aria-labelledby="sessions">
            <fmt:message key="course.session.date" var="dateLabel"/><fmt:message key="course.session.place" var="placeLabel"/><fmt:message key="course.session.capacity" var="capacityLabel"/><fmt:message key="course.session.places" var="placesLabel"/><fmt:message key="course.session.calendar" var="calendarLabel"/>
            <thead><tr>
              <th scope="col"><c:out value="${dateLabel}"/></th>
              <th scope="col"><c:out value="${placeLabel}"/></th>
              <th scope="col"><c:out value="${capacityLabel}"/></th>
              <th scope="col"><c:out value="${placesLabel}"/></th>
              <th scope="col"><c:out value="${calendarLabel}"/></th>
            </tr></thead>
            <tbody>
              <c:forEach items="${page.sessions}" var="session">
                <tr>
                  <td data-label="${fn:escapeXml(dateLabel)}"><time datetime="${fn:escapeXml(session.startIso)}" data-local-time data-zone="${fn:escapeXml(session.zone)}" data-local-template="<fmt:message key='training.local-time'/>"><c:out value="${session.when}"/></time></td>
                  <td data-label="${fn:escapeXml(placeLabel)}"><c:out value="${session.place}"/></td>
                  <td data-label="${fn:escapeXml(capacityLabel)}">${fn:escapeXml(session.capacity)}</td>
                  <td data-label="${fn:escapeXml(placesLabel)}"><c:choose>
                    <c:when test="${session.past}"><fmt:message key="course.session.past"/></c:when>
                    <c:otherwise>
                      <c:choose><c:when test="${session.placesLeft == 0}"><fmt:message key="webinar.full"/></c:when><c:otherwise><ui:message key="webinar.places"><ui:param value="${session.placesLeft}"/></ui:message></c:otherwise></c:choose>
                      <a href="${fn:escapeXml(session.signUpUrl)}"><fmt:message key="course.signup.go"/><span class="visually-hidden"> (<c:out value="${session.when}"/>)</span></a>
                    </c:otherwise>
                  </c:choose>
                  <c:if test="${not empty session.registrantsUrl}"><a href="${fn:escapeXml(session.registrantsUrl)}"><fmt:message key="course.session.registrants"/><span class="visually-hidden"> (<c:out value="${session.when}"/>)</span></a></c:if></td>
                  <td data-label="${fn:escapeXml(calendarLabel)}"><c:choose>
                    <c:when test="${session.past}"><fmt:message key="course.session.past"/></c:when>
                    <c:otherwise>
                      <a href="${fn:escapeXml(session.calendarUrl)}" download><fmt:message key="course.session.ics"/><span class="visually-hidden"> (<c:out value="${session.when}"/>)</span></a>
                    </c:otherwise>
                  </c:choose></td>
                </tr>
              </c:forEach>
            </tbody>
          </table>
        </div>
      </c:otherwise>
    </c:choose>
  </c:if>

  <c:if test="${not empty page.signUp and empty param.inscription}">
    <section aria-labelledby="inscription" class="contribution-form">
      <h2 id="inscription"><fmt:message key="course.signup.title"/></h2>
      <p class="hint"><fmt:message key="course.signup.intro"/></p>
      <%@ include file="../layout/form-error.jspf" %>
      <form method="post" action="/formations/${fn:escapeXml(page.id)}#inscription" novalidate>
        <%@ include file="../layout/csrf.jspf" %>
        <div class="field">
          <label for="session"><fmt:message key="course.signup.session"/></label>
          <c:set var="field" value="session"/><%@ include file="../layout/field-error.jspf" %>
          <select id="session" name="session" required<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="session-error"</c:if>>
            <option value=""><fmt:message key="course.signup.choose"/></option>
            <c:forEach items="${page.signUp.sessions()}" var="o"><option value="${fn:escapeXml(o.code())}"<c:if test="${o.selected()}"> selected</c:if>><c:out value="${o.label()}"/></option></c:forEach>
          </select>
        </div>
        <b:field name="name" label="webinar.register.name" value="${page.signUp.typed()['name']}" error="${page.feedback.errors.name}" autocomplete="name"/>
        <b:field name="email" label="webinar.register.email" type="email" value="${page.signUp.typed()['email']}" error="${page.feedback.errors.email}" autocomplete="email"/>
        <b:field name="organisation" label="webinar.register.organisation" value="${page.signUp.typed()['organisation']}" error="${page.feedback.errors.organisation}" autocomplete="organization" optional="${true}"/>
        <div class="field field-check">
          <input type="checkbox" id="consent" name="consent" value="oui" required<c:if test="${not empty page.feedback.errors.consent}"> aria-invalid="true" aria-describedby="consent-error"</c:if>>
          <label for="consent"><fmt:message key="course.signup.consent"/></label>
          <c:if test="${not empty page.feedback.errors.consent}"><p class="field-error" id="consent-error"><c:out value="${page.feedback.errors.consent}"/></p></c:if>
        </div>
        <p class="hint"><a href="/mentions-legales"><fmt:message key="register.terms.link"/></a></p>
        <p><button type="submit"><fmt:message key="course.signup.send"/></button></p>
      </form>
    </section>
  </c:if>

  <c:if test="${not empty param.support}"><p class="notice" role="status"><fmt:message key="training.materials.added"/></p></c:if>
  <%@ include file="materials.jspf" %>

  <h2><fmt:message key="resource.metadata"/></h2>
  <dl class="metadata">
    <c:if test="${not empty page.themes}"><dt><fmt:message key="course.themes"/></dt><dd><c:out value="${page.themes}"/></dd></c:if>
    <c:if test="${not empty page.audiences}"><dt><fmt:message key="course.audiences"/></dt><dd><c:out value="${page.audiences}"/></dd></c:if>
    <c:if test="${not empty page.territory}"><dt><fmt:message key="course.territory"/></dt><dd><c:out value="${page.territory}"/></dd></c:if>
  </dl>
</article>
<%@ include file="../layout/bottom.jspf" %>

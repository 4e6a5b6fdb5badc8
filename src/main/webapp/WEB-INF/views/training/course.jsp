<c:set var="pageTitle" value="${page.title}"/>
<%@ include file="../layout/top.jspf" %>
<link rel="canonical" href="/formations/${fn:escapeXml(page.id)}">
<c:if test="${not empty page.summary}"><meta name="description" content="${fn:escapeXml(page.summary)}"></c:if>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/formations"><fmt:message key="course.back"/></a></p>
<article class="resource course">
  <h1><c:out value="${page.title}"/></h1>
  <c:if test="${not empty page.editUrl}"><p><a class="button secondary" href="${fn:escapeXml(page.editUrl)}"><fmt:message key="course.edit"/></a></p></c:if>

  <h2><fmt:message key="course.details"/></h2>
  <c:set var="facts" value="${page.facts}"/>
  <%@ include file="course-facts.jspf" %>
  <%-- A course held in sessions is signed up to at its provider: their page, else their name to turn to. --%>
  <c:choose>
    <c:when test="${not empty page.platformUrl}">
      <p class="download"><a class="button" href="${fn:escapeXml(page.platformUrl)}" rel="noopener"><fmt:message key="${page.scheduled ? 'course.signup' : 'course.platform'}"/></a></p>
    </c:when>
    <c:when test="${page.scheduled and not empty page.facts.provider}">
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
          <table class="accounts sessions" aria-labelledby="sessions">
            <thead><tr>
              <th scope="col"><fmt:message key="course.session.date"/></th>
              <th scope="col"><fmt:message key="course.session.place"/></th>
              <th scope="col"><fmt:message key="course.session.capacity"/></th>
              <th scope="col"><fmt:message key="course.session.calendar"/></th>
            </tr></thead>
            <tbody>
              <c:forEach items="${page.sessions}" var="session">
                <tr>
                  <td><time datetime="${fn:escapeXml(session.startIso)}" data-local-time data-zone="${fn:escapeXml(session.zone)}" data-local-template="<fmt:message key='training.local-time'/>"><c:out value="${session.when}"/></time></td>
                  <td><c:out value="${session.place}"/></td>
                  <td>${fn:escapeXml(session.capacity)}</td>
                  <td><c:choose>
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

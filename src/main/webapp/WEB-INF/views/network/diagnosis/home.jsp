<ui:message key="diagnosis.home.title" var="pageTitle"><ui:param value="${page.project}"/></ui:message>
<%@ include file="../../layout/top.jspf" %>
<%@ include file="../../layout/header.jspf" %>
<p class="breadcrumb"><a href="/projets/${fn:escapeXml(page.slug)}"><c:out value="${page.project}"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<%@ include file="../../layout/form-error.jspf" %>
<c:if test="${param.fait == 'campagne'}"><p class="notice" role="status"><fmt:message key="diagnosis.campaign.opened"/></p></c:if>
<c:if test="${not empty page.organisation}"><p><ui:message key="diagnosis.home.organisation"><ui:param value="${page.organisation}"/></ui:message></p></c:if>

<h2 id="campagnes"><fmt:message key="diagnosis.campaigns"/></h2>
<c:choose>
  <c:when test="${empty page.campaigns}"><p><fmt:message key="diagnosis.campaigns.none"/></p></c:when>
  <c:otherwise>
    <table class="accounts results-table" aria-labelledby="campagnes">
      <thead><tr>
        <th scope="col"><fmt:message key="diagnosis.campaign"/></th>
        <th scope="col"><fmt:message key="diagnosis.campaign.dates"/></th>
        <th scope="col"><fmt:message key="diagnosis.questionnaire"/></th>
        <c:if test="${not empty page.organisation}"><th scope="col"><fmt:message key="diagnosis.answer.state"/></th></c:if>
        <c:if test="${page.runs}"><th scope="col"><fmt:message key="diagnosis.comparison"/></th></c:if>
      </tr></thead>
      <tbody>
        <c:forEach items="${page.campaigns}" var="c">
          <tr>
            <th scope="row"><a href="${fn:escapeXml(c.link())}"><c:out value="${c.title()}"/></a></th>
            <td><c:out value="${c.dates()}"/><c:if test="${c.open()}"> <span class="status status-under-way"><fmt:message key="diagnosis.campaign.open"/></span></c:if></td>
            <td><c:out value="${c.questionnaire()}"/></td>
            <c:if test="${not empty page.organisation}"><td><c:out value="${c.state()}"/></td></c:if>
            <c:if test="${page.runs}"><td><a href="${fn:escapeXml(c.comparison())}"><ui:message key="diagnosis.comparison.of"><ui:param value="${c.title()}"/></ui:message></a></td></c:if>
          </tr>
        </c:forEach>
      </tbody>
    </table>
  </c:otherwise>
</c:choose>

<c:if test="${page.runs}">
  <h2 id="questionnaires"><fmt:message key="diagnosis.questionnaires"/></h2>
  <c:choose>
    <c:when test="${empty page.questionnaires}"><p><fmt:message key="diagnosis.questionnaires.none"/></p></c:when>
    <c:otherwise>
      <ul>
        <c:forEach items="${page.questionnaires}" var="q">
          <li><a href="${fn:escapeXml(q.link())}"><ui:message key="diagnosis.questionnaire.titled"><ui:param value="${q.title()}"/><ui:param value="${q.version()}"/></ui:message></a>
            — <ui:message key="diagnosis.questionnaire.count"><ui:param value="${q.questions()}"/></ui:message><c:if test="${q.superseded()}"> — <fmt:message key="diagnosis.questionnaire.superseded.short"/></c:if></li>
        </c:forEach>
      </ul>
    </c:otherwise>
  </c:choose>

  <form class="contribution-form" method="post" action="/projets/${fn:escapeXml(page.slug)}/autodiagnostic">
    <%@ include file="../../layout/csrf.jspf" %>
    <input type="hidden" name="form" value="questionnaire">
    <fieldset class="form-group">
      <legend><fmt:message key="diagnosis.questionnaire.new"/></legend>
      <p class="field">
        <label for="questionnaire-title"><fmt:message key="diagnosis.field.title"/></label>
        <input id="questionnaire-title" name="title" maxlength="200" required>
      </p>
      <p><button type="submit" class="button"><fmt:message key="diagnosis.questionnaire.create"/></button></p>
    </fieldset>
  </form>

  <c:if test="${not empty page.questionnaires}">
    <form class="contribution-form" method="post" action="/projets/${fn:escapeXml(page.slug)}/autodiagnostic">
      <%@ include file="../../layout/csrf.jspf" %>
      <input type="hidden" name="form" value="campaign">
      <fieldset class="form-group">
        <legend><fmt:message key="diagnosis.campaign.new"/></legend>
        <p class="field">
          <label for="campaign-questionnaire"><fmt:message key="diagnosis.questionnaire"/></label>
          <select id="campaign-questionnaire" name="questionnaire">
            <c:forEach items="${page.questionnaires}" var="q"><c:if test="${not q.superseded()}"><option value="${fn:escapeXml(q.id())}" ${page.typed['questionnaire'] == q.id().toString() ? 'selected' : ''}><ui:message key="diagnosis.questionnaire.titled"><ui:param value="${q.title()}"/><ui:param value="${q.version()}"/></ui:message></option></c:if></c:forEach>
          </select>
        </p>
        <p class="field">
          <label for="campaign-title"><fmt:message key="diagnosis.field.title"/></label>
          <input id="campaign-title" name="title" maxlength="200" value="${fn:escapeXml(page.typed['title'])}" required>
        </p>
        <p class="field">
          <label for="opensOn"><fmt:message key="diagnosis.field.opensOn"/></label>
          <input id="opensOn" name="opensOn" type="date" value="${fn:escapeXml(page.typed['opensOn'])}" required>
        </p>
        <p class="field">
          <label for="closesOn"><fmt:message key="diagnosis.field.closesOn"/></label>
          <input id="closesOn" name="closesOn" type="date" value="${fn:escapeXml(page.typed['closesOn'])}" required>
        </p>
        <p><button type="submit" class="button"><fmt:message key="diagnosis.campaign.create"/></button></p>
      </fieldset>
    </form>
  </c:if>
</c:if>
<%@ include file="../../layout/bottom.jspf" %>

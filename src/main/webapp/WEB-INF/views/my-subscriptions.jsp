<%-- /mon-espace/abonnements: the sections the features contribute (portal.subscriptions.SubscriptionSection), all
     rendered alike: entries with their state, links and forms; every form posts to this page with its section and
     action. A form with a question asks it first (portal.js, else the Confirmation page). --%>
<fmt:message key="subscriptions.title" var="pageTitle"/>
<%@ include file="layout/top.jspf" %>
<%@ include file="layout/header.jspf" %>
<p class="breadcrumb"><a href="/mon-espace"><fmt:message key="subscriptions.back"/></a></p>
<h1><fmt:message key="subscriptions.title"/></h1>
<p class="lead"><fmt:message key="subscriptions.lead"/></p>
<c:if test="${not empty page.done}">
  <div class="notice notice-success" role="status"><p><c:out value="${page.done}"/></p></div>
</c:if>
<c:if test="${not empty page.error}">
  <div class="notice notice-error" role="alert" id="form-error" tabindex="-1"><p><strong><fmt:message key="form.refused"/></strong> <c:out value="${page.error}"/></p></div>
</c:if>
<fmt:message key="confirmation.cancel" var="no"/>
<c:forEach items="${page.sections}" var="section">
  <section class="subscriptions-section" aria-labelledby="${fn:escapeXml(section.id())}">
    <h2 id="${fn:escapeXml(section.id())}"><c:out value="${section.heading()}"/></h2>
    <c:if test="${not empty section.intro()}"><p><c:out value="${section.intro()}"/></p></c:if>
    <c:if test="${empty section.entries()}"><p class="subscriptions-empty"><c:out value="${section.none()}"/></p></c:if>
    <c:if test="${not empty section.entries()}">
    <ul class="subscriptions">
      <c:forEach items="${section.entries()}" var="entry" varStatus="at">
        <c:set var="entryId" value="${section.id()}-${at.index}"/>
        <li class="subscription" id="${fn:escapeXml(entryId)}">
          <h3 id="${fn:escapeXml(entryId)}-title"><c:choose>
            <c:when test="${not empty entry.url()}"><a href="${fn:escapeXml(entry.url())}"><c:out value="${entry.title()}"/></a></c:when>
            <c:otherwise><c:out value="${entry.title()}"/></c:otherwise>
          </c:choose></h3>
          <c:if test="${not empty entry.state()}"><p class="hit-meta subscription-state"><c:out value="${entry.state()}"/></p></c:if>
          <c:if test="${not empty entry.links()}">
            <ul class="inline-links">
              <c:forEach items="${entry.links()}" var="link">
                <li><a href="${fn:escapeXml(link.url())}"<c:if test="${not empty link.type()}"> type="${fn:escapeXml(link.type())}"</c:if>><c:out value="${link.label()}"/><span class="visually-hidden"> <c:out value="${entry.title()}"/></span></a></li>
              </c:forEach>
            </ul>
          </c:if>
          <c:forEach items="${entry.forms()}" var="form" varStatus="formAt">
            <c:set var="formId" value="${entryId}-${formAt.index}"/>
            <c:set var="about" value="${entry.title()}"/>
            <%@ include file="layout/subscription-form.jspf" %>
          </c:forEach>
        </li>
      </c:forEach>
    </ul>
    </c:if>
    <c:forEach items="${section.forms()}" var="form" varStatus="formAt">
      <c:set var="formId" value="${section.id()}-form-${formAt.index}"/>
      <c:set var="about" value="${section.heading()}"/>
      <%@ include file="layout/subscription-form.jspf" %>
    </c:forEach>
  </section>
</c:forEach>
<%@ include file="layout/bottom.jspf" %>

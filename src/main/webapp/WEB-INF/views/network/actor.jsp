<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<c:set var="pageTitle" value="${page.title}"/>
<%@ include file="../layout/top.jspf" %>
<link rel="canonical" href="/acteurs/${fn:escapeXml(page.id)}">
<c:if test="${not empty page.summary}"><meta name="description" content="${fn:escapeXml(page.summary)}"></c:if>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/acteurs"><fmt:message key="actor.back"/></a></p>
<article class="resource actor">
  <h1><c:out value="${page.title}"/></h1>
  <p class="hit-meta"><span class="tag"><c:out value="${page.kind}"/></span><c:if test="${not empty page.engagement}"> <span class="tag"><c:out value="${page.engagement}"/></span></c:if></p>
  <c:if test="${not empty param.soumis}"><p class="notice" role="status"><fmt:message key="actor.submitted"/></p></c:if>
  <c:if test="${not empty param.demande}"><p class="notice" role="status"><fmt:message key="actor.claim.sent"/></p></c:if>
  <c:if test="${not empty page.status}"><p class="notice"><ui:message key="actor.status"><ui:param value="${page.status}"/></ui:message></p></c:if>
  <c:if test="${not empty page.editUrl or page.maySubmit}">
    <form class="actions" method="post" action="/acteurs/${fn:escapeXml(page.id)}/soumettre">
      <%@ include file="../layout/csrf.jspf" %>
      <c:if test="${not empty page.editUrl}"><a class="button secondary" href="${fn:escapeXml(page.editUrl)}"><fmt:message key="actor.edit"/></a></c:if>
      <c:if test="${page.maySubmit}"><button type="submit"><fmt:message key="actor.submit"/></button></c:if>
    </form>
  </c:if>

  <c:if test="${not empty page.summary}">
    <h2><fmt:message key="actor.description"/></h2>
    <p class="summary report-section"><c:out value="${page.summary}"/></p>
  </c:if>

  <h2><fmt:message key="actor.details"/></h2>
  <dl class="metadata">
    <dt><fmt:message key="actor.kind"/></dt><dd><c:out value="${page.kind}"/></dd>
    <c:if test="${not empty page.commune}"><dt><fmt:message key="actor.commune"/></dt><dd><c:out value="${page.commune}"/></dd></c:if>
    <dt><fmt:message key="actor.country"/></dt><dd><c:out value="${page.country}"/></dd>
    <c:if test="${not empty page.territory}"><dt><fmt:message key="actor.territory"/></dt><dd><c:out value="${page.territory}"/></dd></c:if>
    <c:if test="${not empty page.themes}"><dt><fmt:message key="actor.themes"/></dt><dd><ul class="plain-list"><c:forEach items="${page.themes}" var="theme"><li><c:out value="${theme}"/></li></c:forEach></ul></dd></c:if>
    <c:if test="${not empty page.engagement}"><dt><fmt:message key="actor.engagement"/></dt><dd><c:out value="${page.engagement}"/><c:if test="${not empty page.engagedSince}">${' '}<ui:message key="actor.engaged-since"><ui:param value="${page.engagedSince}"/></ui:message></c:if></dd></c:if>
    <c:if test="${not empty page.siren}"><dt><fmt:message key="actor.siren"/></dt><dd><c:out value="${page.siren}"/></dd></c:if>
    <c:if test="${not empty page.website}"><dt><fmt:message key="actor.website"/></dt><dd><a href="${fn:escapeXml(page.website)}" rel="noopener external"><c:out value="${page.website}"/></a></dd></c:if>
  </dl>

  <c:if test="${empty page.activities}">
    <h2 id="actions-menees"><fmt:message key="actor.activities"/></h2>
    <p><fmt:message key="actor.activities.none"/></p>
  </c:if>
  <c:forEach items="${page.activities}" var="section">
    <h2><c:out value="${section.heading()}"/></h2>
    <ul><c:forEach items="${section.items()}" var="activity"><li><a href="${fn:escapeXml(activity.url())}"><c:out value="${activity.title()}"/></a></li></c:forEach></ul>
  </c:forEach>

  <c:if test="${not empty page.resources}">
    <h2 id="ressources"><fmt:message key="actor.resources"/></h2>
    <ul><c:forEach items="${page.resources}" var="link"><li><a href="${fn:escapeXml(link.url())}"><c:out value="${link.title()}"/></a></li></c:forEach></ul>
  </c:if>

  <c:if test="${not empty page.contact}">
    <c:set var="contact" value="${page.contact}"/>
    <%@ include file="contact/form.jspf" %>
  </c:if>

  <section id="representants" aria-labelledby="representants-heading">
    <h2 id="representants-heading"><fmt:message key="actor.representation"/></h2>
    <c:choose>
      <c:when test="${page.representation.maintains}"><p><fmt:message key="actor.representation.maintains"/></p></c:when>
      <c:when test="${not empty page.representation.claimStatus}"><p><ui:message key="actor.representation.claimed"><ui:param value="${page.representation.claimStatus}"/></ui:message></p></c:when>
      <c:when test="${page.representation.mayClaim}">
        <form method="post" action="/acteurs/${fn:escapeXml(page.id)}/representer">
          <%@ include file="../layout/csrf.jspf" %>
          <p><fmt:message key="actor.representation.explain"/></p>
          <p><button type="submit" class="secondary"><fmt:message key="actor.representation.claim"/></button></p>
        </form>
      </c:when>
      <c:when test="${not page.representation.signedIn}"><p><a href="/connexion?retour=%2Facteurs%2F${fn:escapeXml(page.id)}"><fmt:message key="actor.representation.login"/></a></p></c:when>
      <c:otherwise><p><fmt:message key="actor.representation.about"/></p></c:otherwise>
    </c:choose>
    <c:if test="${not empty page.claims}">
      <div class="table-scroll">
        <table class="accounts stack-table" aria-labelledby="representants-heading">
          <fmt:message key="actor.claims.account" var="colAccount"/><fmt:message key="actor.claims.status" var="colStatus"/><fmt:message key="actor.claims.decision" var="colDecision"/>
          <thead><tr><th scope="col"><c:out value="${colAccount}"/></th><th scope="col"><c:out value="${colStatus}"/></th><th scope="col"><c:out value="${colDecision}"/></th></tr></thead>
          <tbody>
            <c:forEach items="${page.claims}" var="claim">
              <tr>
                <td data-label="${fn:escapeXml(colAccount)}"><c:out value="${claim.username()}"/></td>
                <td data-label="${fn:escapeXml(colStatus)}"><c:out value="${claim.status()}"/></td>
                <td data-label="${fn:escapeXml(colDecision)}"><c:if test="${claim.pending()}">
                  <form method="post" action="/acteurs/${fn:escapeXml(page.id)}/representants" class="inline-actions">
                    <%@ include file="../layout/csrf.jspf" %>
                    <input type="hidden" name="demande" value="${fn:escapeXml(claim.id())}">
                    <b:confirm-button name="decision" value="confirmer" label="actor.claim.confirm" hiddenLabel=": ${claim.username()}" question="actor.claim.confirm.question" subject="${claim.username()} — ${page.title}" confirm="actor.claim.confirm"/>
                    <b:confirm-button name="decision" value="refuser" cssClass="danger" label="actor.claim.refuse" hiddenLabel=": ${claim.username()}" question="actor.claim.refuse.question" subject="${claim.username()} — ${page.title}" confirm="actor.claim.refuse"/>
                  </form>
                </c:if></td>
              </tr>
            </c:forEach>
          </tbody>
        </table>
      </div>
    </c:if>
  </section>

  <c:if test="${not empty page.similar}">
    <h2 id="similaires"><fmt:message key="actor.similar"/></h2>
    <ul><c:forEach items="${page.similar}" var="link"><li><a href="${fn:escapeXml(link.url())}"><c:out value="${link.title()}"/></a></li></c:forEach></ul>
  </c:if>
</article>
<%@ include file="../layout/bottom.jspf" %>

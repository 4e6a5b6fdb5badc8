<%-- /lettre/numeros/{id}: a draft (subject, editorial, items up/down/remove without script), its previews, the test, the sending
     (confirmation pattern); once sending, the progress (counts come from the database). While it sends, portal.js fetches the
     page again and updates the progress in place; without it, a link does. No <meta http-equiv="refresh">: a page that reloads
     itself on a timer fails WCAG 2.2.1 (axe, NewsletterBrowserIT). --%>
<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<c:set var="pageTitle" value="${page.subject}"/>
<%@ include file="../../layout/top.jspf" %>
<%@ include file="../../layout/header.jspf" %>
<p class="breadcrumb"><a href="/lettre/numeros"><fmt:message key="newsletter.issues.title"/></a></p>
<h1><c:out value="${page.subject}"/></h1>
<p><fmt:message key="newsletter.status"/> <strong id="issue-status"><fmt:message key="${page.statusKey}"/></strong></p>
<c:if test="${not empty page.message}"><p class="notice" role="status"><c:out value="${page.message}"/></p></c:if>
<%@ include file="../../layout/form-error.jspf" %>
<c:if test="${not page.draft}">
  <c:set var="sending" value="${page.statusKey == 'newsletter.status.sending'}"/>
  <section aria-labelledby="progress-title"<c:if test="${sending}"> data-progress-of="${fn:escapeXml(page.url)}"</c:if>>
    <h2 id="progress-title"><fmt:message key="newsletter.progress"/></h2>
    <p><progress id="progress-bar" max="100" value="${fn:escapeXml(page.progress.percent())}" aria-labelledby="progress-title"></progress> <span id="progress-percent"><c:out value="${page.progress.percent()}"/> %</span></p>
    <p id="progress-counts" role="status"><ui:message key="newsletter.progress.counts"><ui:param value="${page.progress.processed()}"/><ui:param value="${page.progress.total()}"/><ui:param value="${page.progress.sent()}"/><ui:param value="${page.progress.skipped()}"/><ui:param value="${page.progress.failed()}"/></ui:message></p>
    <div id="progress-next">
      <c:if test="${sending}"><p><a href="${fn:escapeXml(page.url)}"><fmt:message key="newsletter.progress.refresh"/></a></p></c:if>
      <c:if test="${not empty page.archiveUrl}"><p><a href="${fn:escapeXml(page.archiveUrl)}"><fmt:message key="newsletter.archive.link.issue"/></a></p></c:if>
    </div>
  </section>
</c:if>
<c:if test="${page.draft}">
<form method="post" action="${fn:escapeXml(page.url)}" class="contribution-form">
  <%@ include file="../../layout/csrf.jspf" %>
  <c:set var="field" value="subject"/>
  <div class="field">
    <label for="subject"><fmt:message key="newsletter.subject"/></label>
    <%@ include file="../../layout/field-error.jspf" %>
    <input id="subject" name="subject" type="text" maxlength="300" required value="${fn:escapeXml(page.subject)}"<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="subject-error"</c:if>>
  </div>
  <div class="field">
    <label for="editorial"><fmt:message key="newsletter.editorial"/></label>
    <p class="hint" id="editorial-hint"><fmt:message key="newsletter.editorial.hint"/></p>
    <textarea id="editorial" name="editorial" rows="8" maxlength="10000" aria-describedby="editorial-hint"><c:out value="${page.editorial}"/></textarea>
  </div>
  <p><button type="submit" name="action" value="save"><fmt:message key="newsletter.action.save"/></button></p>
</form>
</c:if>
<h2 id="contenus"><fmt:message key="newsletter.items"/></h2>
<c:choose>
  <c:when test="${empty page.items}"><p class="notice" role="status"><fmt:message key="newsletter.items.empty"/></p></c:when>
  <c:otherwise>
    <ol class="newsletter-items">
      <c:forEach items="${page.items}" var="item">
        <li><span class="hint"><c:out value="${item.kindLabel()}"/></span> <a href="${fn:escapeXml(item.url())}"><c:out value="${item.title()}"/></a>
          <c:if test="${page.draft}">
            <form method="post" action="${fn:escapeXml(page.url)}" class="inline-form">
              <%@ include file="../../layout/csrf.jspf" %>
              <input type="hidden" name="item" value="${fn:escapeXml(item.id())}">
              <c:if test="${not item.first()}"><button type="submit" name="action" value="up"><fmt:message key="newsletter.action.up"/><span class="visually-hidden"> <c:out value="${item.title()}"/></span></button></c:if>
              <c:if test="${not item.last()}"><button type="submit" name="action" value="down"><fmt:message key="newsletter.action.down"/><span class="visually-hidden"> <c:out value="${item.title()}"/></span></button></c:if>
              <button type="submit" name="action" value="remove"><fmt:message key="newsletter.action.remove"/><span class="visually-hidden"> <c:out value="${item.title()}"/></span></button>
            </form>
          </c:if>
        </li>
      </c:forEach>
    </ol>
  </c:otherwise>
</c:choose>
<h2><fmt:message key="newsletter.preview"/></h2>
<p><a href="${fn:escapeXml(page.url)}/apercu"><fmt:message key="newsletter.preview.html"/></a> · <a href="${fn:escapeXml(page.url)}/apercu.txt"><fmt:message key="newsletter.preview.text"/></a></p>
<fmt:message key="newsletter.preview.frame" var="frameTitle"/>
<iframe class="newsletter-preview" src="${fn:escapeXml(page.url)}/apercu" title="${fn:escapeXml(frameTitle)}" width="100%" height="600"></iframe>
<c:if test="${page.draft}">
<form method="post" action="${fn:escapeXml(page.url)}">
  <%@ include file="../../layout/csrf.jspf" %>
  <p><button type="submit" name="action" value="test"><fmt:message key="newsletter.action.test"/></button>
  <b:confirm-button name="action" value="send" label="newsletter.action.send" question="newsletter.confirm.send" subject="${page.subject}" confirm="newsletter.action.send"/>
  <b:confirm-button name="action" value="delete" label="newsletter.action.delete" question="newsletter.confirm.delete" subject="${page.subject}" confirm="newsletter.action.delete" cssClass="danger"/></p>
</form>
</c:if>
<%@ include file="../../layout/bottom.jspf" %>

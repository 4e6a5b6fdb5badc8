<ui:message key="list.moderation.title" var="pageTitle"><ui:param value="${page.networkName}"/></ui:message>
<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<div class="narrow">
<p class="breadcrumb"><a href="/reseaux/${fn:escapeXml(page.slug)}/liste"><fmt:message key="list.archive"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<c:if test="${not empty page.notice}"><div class="notice" role="status"><p><fmt:message key="list.notice.${page.notice}"/></p></div></c:if>
<%@ include file="../layout/form-error.jspf" %>
<form method="post" action="/reseaux/${fn:escapeXml(page.slug)}/liste/moderation">
  <%@ include file="../layout/csrf.jspf" %>
  <input type="hidden" name="action" value="reglage">
  <div class="field field-check">
    <input type="checkbox" id="moderated" name="moderated" value="oui"<c:if test="${page.moderated}"> checked</c:if>>
    <label for="moderated"><fmt:message key="list.moderation.setting"/></label>
  </div>
  <p><button type="submit" class="secondary"><fmt:message key="list.moderation.save"/></button></p>
</form>
<c:if test="${empty page.pending}"><p><fmt:message key="list.moderation.none"/></p></c:if>
<c:forEach items="${page.pending}" var="waiting">
  <article class="list-message" aria-labelledby="list-message-${fn:escapeXml(waiting.id())}">
    <h2 id="list-message-${fn:escapeXml(waiting.id())}"><c:out value="${waiting.subject()}"/></h2>
    <p class="hit-meta"><fmt:message key="list.by"/> <c:out value="${waiting.author()}"/>, <c:out value="${waiting.writtenOn()}"/></p>
    <div class="list-message-text"><c:out value="${waiting.message()}"/></div>
    <c:if test="${not empty waiting.attachments()}">
      <h3><fmt:message key="list.attachments"/></h3>
      <ul>
        <c:forEach items="${waiting.attachments()}" var="attachment">
          <li><a href="${fn:escapeXml(attachment.file())}"><c:out value="${attachment.title()}"/></a></li>
        </c:forEach>
      </ul>
    </c:if>
    <form method="post" action="/reseaux/${fn:escapeXml(page.slug)}/liste/moderation">
      <%@ include file="../layout/csrf.jspf" %>
      <input type="hidden" name="id" value="${fn:escapeXml(waiting.id())}">
      <div class="field">
        <label for="reason-${fn:escapeXml(waiting.id())}"><fmt:message key="list.moderation.reason"/></label>
        <textarea id="reason-${fn:escapeXml(waiting.id())}" name="reason" rows="2" maxlength="2000"></textarea>
      </div>
      <p>
        <b:confirm-button name="action" value="envoyer" label="list.approve" question="list.approve.question" subject="${page.networkName}" confirm="list.approve.confirm" hiddenLabel="${waiting.subject()}"/>
        <b:confirm-button name="action" value="refuser" cssClass="secondary" label="list.reject" question="list.reject.question" subject="${page.networkName}" confirm="list.reject.confirm" hiddenLabel="${waiting.subject()}"/>
      </p>
    </form>
  </article>
</c:forEach>
</div>
<%@ include file="../layout/bottom.jspf" %>

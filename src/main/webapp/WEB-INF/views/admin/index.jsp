<fmt:message key="console.nav.index" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="console.nav.index"/></h1>
<c:set var="section" value="index"/>
<%@ include file="nav.jspf" %>
<p class="lead"><fmt:message key="console.index.lead"/></p>
<%@ include file="../layout/form-error.jspf" %>
<c:if test="${not empty page.done}"><p class="notice" role="status"><fmt:message key="console.index.done.${page.done}"/></p></c:if>
<section aria-labelledby="health-title">
  <h2 id="health-title"><fmt:message key="console.nav.index"/></h2>
  <dl class="facts" id="index-facts" data-live>
    <dt><fmt:message key="console.index.database"/></dt><dd><c:out value="${page.counts.inDatabase()}"/></dd>
    <dt><fmt:message key="console.index.documents"/></dt><dd><c:out value="${page.counts.inIndex()}"/></dd>
    <dt><fmt:message key="console.index.last"/></dt>
    <dd><c:if test="${not empty page.kind}"><fmt:message key="console.index.kind.${page.kind}"/> — </c:if><c:choose>
      <c:when test="${page.state == 'done'}"><ui:message key="console.index.state.done"><ui:param value="${page.finishedAt}"/><ui:param value="${page.written}"/></ui:message></c:when>
      <c:when test="${page.state == 'failed'}"><ui:message key="console.index.state.failed"><ui:param value="${page.error}"/></ui:message></c:when>
      <c:otherwise><fmt:message key="console.index.state.${page.state}"/></c:otherwise>
    </c:choose></dd>
  </dl>
  <c:set var="progress" value="${page.progress}"/>
  <c:set var="refreshUrl" value="/admin/index"/>
  <%@ include file="../layout/progress.jspf" %>
</section>
<section aria-labelledby="actions-title">
  <h2 id="actions-title"><fmt:message key="console.index.actions"/></h2>
  <form action="/admin/index" method="post">
    <%@ include file="../layout/csrf.jspf" %>
    <p><button type="submit" name="action" value="reparation" aria-describedby="repair-hint"><fmt:message key="console.index.repair"/></button>
      <span id="repair-hint" class="hint"><fmt:message key="console.index.repair.hint"/></span></p>
    <p><button type="submit" name="action" value="reconstruction" class="secondary" aria-describedby="rebuild-hint"><fmt:message key="console.index.rebuild"/></button>
      <span id="rebuild-hint" class="hint"><fmt:message key="console.index.rebuild.hint"/></span></p>
  </form>
</section>
<%@ include file="../layout/bottom.jspf" %>

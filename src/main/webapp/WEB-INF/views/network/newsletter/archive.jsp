<%-- /lettre: the sent issues, newest first, and the way to subscribe. --%>
<fmt:message key="newsletter.archive.title" var="pageTitle"/>
<%@ include file="../../layout/top.jspf" %>
<%@ include file="../../layout/header.jspf" %>
<div class="narrow">
<h1><fmt:message key="newsletter.archive.title"/></h1>
<p class="lead"><fmt:message key="newsletter.archive.lead"/></p>
<p><a class="button" href="/lettre/abonnement"><fmt:message key="newsletter.subscribe.title"/></a></p>
<h2><fmt:message key="newsletter.archive.issues"/></h2>
<c:choose>
  <c:when test="${empty page.issues}"><p class="notice" role="status"><fmt:message key="newsletter.archive.empty"/></p></c:when>
  <c:otherwise>
    <ul class="newsletter-archive">
      <c:forEach items="${page.issues}" var="row">
        <li><a href="${fn:escapeXml(row.url())}"><ui:message key="newsletter.archive.row"><ui:param value="${row.number()}"/><ui:param value="${row.subject()}"/></ui:message></a>
          <span class="hint"><c:out value="${row.sentOn()}"/></span></li>
      </c:forEach>
    </ul>
  </c:otherwise>
</c:choose>
</div>
<%@ include file="../../layout/bottom.jspf" %>

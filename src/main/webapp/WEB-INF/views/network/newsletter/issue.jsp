<%-- /lettre/{n}: a sent issue as a page (the items still published only). --%>
<c:set var="pageTitle" value="${page.subject}"/>
<%@ include file="../../layout/top.jspf" %>
<%@ include file="../../layout/header.jspf" %>
<div class="narrow">
<p class="breadcrumb"><a href="/lettre"><fmt:message key="newsletter.archive.title"/></a></p>
<p class="hint"><c:out value="${page.heading}"/> · <c:out value="${page.sentOn}"/></p>
<h1><c:out value="${page.subject}"/></h1>
<c:forEach items="${page.paragraphs}" var="paragraph"><p><c:out value="${paragraph}"/></p></c:forEach>
<c:forEach items="${page.items}" var="item">
  <article class="newsletter-item">
    <p class="hint"><c:out value="${item.kindLabel()}"/></p>
    <h2><a href="${fn:escapeXml(item.url())}"><c:out value="${item.title()}"/></a></h2>
    <c:if test="${not empty item.summary()}"><p><c:out value="${item.summary()}"/></p></c:if>
  </article>
</c:forEach>
<p><a class="button" href="/lettre/abonnement"><fmt:message key="newsletter.subscribe.title"/></a></p>
</div>
<%@ include file="../../layout/bottom.jspf" %>

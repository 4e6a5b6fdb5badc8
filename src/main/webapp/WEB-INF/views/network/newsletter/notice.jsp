<%-- The newsletter's short answers: subscription asked, confirmed, unsubscribed, or a link that no longer works. --%>
<fmt:message key="${page.titleKey}" var="pageTitle"/>
<%@ include file="../../layout/top.jspf" %>
<%@ include file="../../layout/header.jspf" %>
<div class="narrow">
<div class="notice${page.error ? ' notice-error' : ''}" role="${page.error ? 'alert' : 'status'}">
  <h1><c:out value="${pageTitle}"/></h1>
  <p><c:out value="${page.message}"/></p>
</div>
<p><a href="/lettre"><fmt:message key="newsletter.archive.link"/></a></p>
</div>
<%@ include file="../../layout/bottom.jspf" %>

<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<c:set var="pageTitle" value="${page.name}"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/reseaux"><fmt:message key="network.back"/></a></p>
<article class="network">
  <h1><c:out value="${page.name}"/></h1>
  <c:if test="${not empty page.notice}">
    <div class="notice" role="status" id="network-notice"><p><fmt:message key="network.notice.${page.notice}"/></p></div>
  </c:if>
  <dl class="facts">
    <c:if test="${not empty page.territory}"><dt><fmt:message key="network.territory"/></dt><dd><c:out value="${page.territory}"/></dd></c:if>
    <c:if test="${not empty page.animators}"><dt><fmt:message key="network.animators"/></dt><dd><c:forEach items="${page.animators}" var="animator" varStatus="s"><c:out value="${animator}"/><c:if test="${not s.last}">, </c:if></c:forEach></dd></c:if>
  </dl>
  <c:if test="${not empty page.description}"><div class="report-section"><c:out value="${page.description}"/></div></c:if>
  <div class="membership-status" id="adhesion">
    <c:choose>
      <c:when test="${page.membership eq 'accepted'}">
        <p><strong><fmt:message key="network.member"/></strong></p>
        <ul class="inline-links">
          <li><a href="/reseaux/${fn:escapeXml(page.slug)}/profil"><fmt:message key="network.profile"/></a></li>
        </ul>
        <form method="post" action="/reseaux/${fn:escapeXml(page.slug)}/quitter">
          <%@ include file="../layout/csrf.jspf" %>
          <b:confirm-button name="action" value="quitter" cssClass="secondary" label="network.leave" question="membership.leave.question" subject="${page.name}" confirm="membership.leave.confirm"/>
        </form>
      </c:when>
      <c:when test="${page.membership eq 'pending'}">
        <p><strong><fmt:message key="network.pending"/></strong></p>
        <ul class="inline-links">
          <li><a href="/reseaux/${fn:escapeXml(page.slug)}/profil"><fmt:message key="network.profile"/></a></li>
        </ul>
        <form method="post" action="/reseaux/${fn:escapeXml(page.slug)}/quitter">
          <%@ include file="../layout/csrf.jspf" %>
          <b:confirm-button name="action" value="quitter" cssClass="secondary" label="network.withdraw" question="membership.withdraw.question" subject="${page.name}" confirm="membership.withdraw.confirm"/>
        </form>
      </c:when>
      <c:otherwise>
        <p><a class="button" href="/reseaux/${fn:escapeXml(page.slug)}/adhesion"><fmt:message key="network.join"/></a></p>
      </c:otherwise>
    </c:choose>
    <ul class="inline-links">
      <c:if test="${page.inside}"><li><a href="/reseaux/${fn:escapeXml(page.slug)}/membres"><fmt:message key="network.members"/></a></li></c:if>
      <c:if test="${page.decides}"><li><a href="/reseaux/${fn:escapeXml(page.slug)}/adhesions"><fmt:message key="network.requests"/></a></li></c:if>
    </ul>
  </div>
  <c:forEach items="${page.sections}" var="section">
    <section class="network-section">
      <h2><c:out value="${section.heading()}"/></h2>
      <ul>
        <c:forEach items="${section.items()}" var="item">
          <li><a href="${fn:escapeXml(item.url())}"><c:out value="${item.title()}"/></a><c:if test="${not empty item.detail()}"> <span class="hit-meta"><c:out value="${item.detail()}"/></span></c:if></li>
        </c:forEach>
      </ul>
    </section>
  </c:forEach>
</article>
<%@ include file="../layout/bottom.jspf" %>

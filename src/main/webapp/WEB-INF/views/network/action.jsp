<c:set var="pageTitle" value="${page.title}"/>
<%@ include file="../layout/top.jspf" %>
<link rel="canonical" href="/actions/${fn:escapeXml(page.id)}">
<c:if test="${not empty page.summary}"><meta name="description" content="${fn:escapeXml(page.summary)}"></c:if>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/actions"><fmt:message key="action.back"/></a></p>
<article class="resource action">
  <h1><c:out value="${page.title}"/></h1>
  <c:if test="${not empty page.editUrl}"><p><a class="button secondary" href="${fn:escapeXml(page.editUrl)}"><fmt:message key="action.edit"/></a></p></c:if>
  <c:if test="${not empty page.draftStatus}"><p class="notice" role="status"><ui:message key="action.unpublished"><ui:param value="${page.draftStatus}"/></ui:message></p></c:if>
  <c:if test="${not empty page.summary}"><p class="summary lead"><c:out value="${page.summary}"/></p></c:if>

  <dl class="metadata">
    <c:forEach items="${page.facts}" var="fact">
      <dt><fmt:message key="${fact.labelKey}"/></dt><dd><c:out value="${fact.value}"/></dd>
    </c:forEach>
    <c:if test="${not empty page.themes}">
      <dt><fmt:message key="action.themes"/></dt>
      <dd><ul class="values"><c:forEach items="${page.themes}" var="theme"><li><c:out value="${theme}"/></li></c:forEach></ul></dd>
    </c:if>
    <c:if test="${not empty page.leadActor}">
      <dt><fmt:message key="action.lead-actor"/></dt>
      <dd><a href="${fn:escapeXml(page.leadActor.url)}"><c:out value="${page.leadActor.name}"/></a></dd>
    </c:if>
    <c:if test="${not empty page.partners}">
      <dt><fmt:message key="action.partners"/></dt>
      <dd><ul class="values"><c:forEach items="${page.partners}" var="partner"><li><a href="${fn:escapeXml(partner.url)}"><c:out value="${partner.name}"/></a></li></c:forEach></ul></dd>
    </c:if>
  </dl>

  <c:forEach items="${page.sections}" var="section">
    <h2><c:out value="${section.heading}"/></h2>
    <div class="report-section"><c:out value="${section.text}"/></div>
  </c:forEach>

  <c:if test="${not empty page.values}">
    <h2 id="indicators"><fmt:message key="action.indicators"/></h2>
    <div class="table-scroll">
      <table class="accounts" aria-labelledby="indicators">
        <thead><tr>
          <th scope="col"><fmt:message key="results.indicator"/></th>
          <th scope="col"><fmt:message key="action.year"/></th>
          <th scope="col"><fmt:message key="action.value"/></th>
        </tr></thead>
        <tbody>
          <c:forEach items="${page.values}" var="value">
            <tr><th scope="row"><c:out value="${value.indicator}"/></th><td>${fn:escapeXml(value.year)}</td><td class="figure"><c:out value="${value.value}"/></td></tr>
          </c:forEach>
        </tbody>
      </table>
    </div>
    <p><a href="/actions/bilan"><fmt:message key="action.results"/></a></p>
  </c:if>

  <c:if test="${not empty page.links}">
    <h2><fmt:message key="action.links"/></h2>
    <ul><c:forEach items="${page.links}" var="link"><li><a href="${fn:escapeXml(link.url)}"><c:out value="${link.name}"/></a></li></c:forEach></ul>
  </c:if>
</article>
<c:if test="${not empty page.similar}">
  <section class="similar" aria-labelledby="similar">
    <h2 id="similar"><fmt:message key="action.similar"/></h2>
    <ul class="hits">
      <c:forEach items="${page.similar}" var="hit">
        <li class="hit"><%@ include file="../layout/hit.jspf" %></li>
      </c:forEach>
    </ul>
  </section>
</c:if>
<%@ include file="../layout/bottom.jspf" %>

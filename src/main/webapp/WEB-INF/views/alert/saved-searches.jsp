<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<fmt:message key="alerts.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="alerts.title"/></h1>
<c:if test="${not empty page.done}">
  <div class="notice notice-success" role="status"><p><fmt:message key="alerts.done.${page.done}"/></p></div>
</c:if>
<p><ui:message key="alerts.intro"><ui:param value="${page.max}"/></ui:message></p>
<c:choose>
<c:when test="${empty page.searches}">
  <p><fmt:message key="alerts.none"/> <a href="/recherche"><fmt:message key="alerts.none.search"/></a></p>
</c:when>
<c:otherwise>
<fmt:message key="alerts.frequency" var="frequencyLabel"/>
<fmt:message key="alerts.feed" var="feedLabel"/>
<fmt:message key="alerts.actions" var="actionsLabel"/>
<table class="saved-searches stack-table">
  <caption class="visually-hidden"><fmt:message key="alerts.title"/></caption>
  <thead>
    <tr>
      <th scope="col"><fmt:message key="alerts.name"/></th>
      <th scope="col"><fmt:message key="alerts.frequency"/></th>
      <th scope="col"><fmt:message key="alerts.feed"/></th>
      <th scope="col"><fmt:message key="alerts.actions"/></th>
    </tr>
  </thead>
  <tbody>
  <c:forEach items="${page.searches}" var="saved" varStatus="row">
    <tr id="alerte-${fn:escapeXml(saved.id())}">
      <th scope="row"><a href="${fn:escapeXml(saved.searchUrl())}"><c:out value="${saved.name()}"/></a></th>
      <td data-label="${fn:escapeXml(frequencyLabel)}"><fmt:message key="alerts.frequency.${saved.frequency()}"/></td>
      <td data-label="${fn:escapeXml(feedLabel)}">
        <label class="visually-hidden" for="feed-${fn:escapeXml(row.index)}"><ui:message key="alerts.feed.of"><ui:param value="${saved.name()}"/></ui:message></label>
        <input class="feed-address" id="feed-${fn:escapeXml(row.index)}" type="url" readonly value="${fn:escapeXml(saved.feedUrl())}">
        <a href="${fn:escapeXml(saved.feedUrl())}" type="application/atom+xml"><fmt:message key="alerts.feed.open"/><span class="visually-hidden"> <c:out value="${saved.name()}"/></span></a>
      </td>
      <td data-label="${fn:escapeXml(actionsLabel)}">
        <a class="button small secondary" href="${fn:escapeXml(saved.editUrl())}"><fmt:message key="alerts.edit"/><span class="visually-hidden"> <c:out value="${saved.name()}"/></span></a>
        <form action="/compte/alertes" method="post">
          <%@ include file="../layout/csrf.jspf" %>
          <input type="hidden" name="id" value="${fn:escapeXml(saved.id())}">
          <b:confirm-button name="action" value="delete" cssClass="small" label="alerts.delete" hiddenLabel="${saved.name()}" question="alerts.confirm.delete" subject="${saved.name()}" confirm="alerts.delete"/>
        </form>
      </td>
    </tr>
  </c:forEach>
  </tbody>
</table>
</c:otherwise>
</c:choose>
<%@ include file="../layout/bottom.jspf" %>

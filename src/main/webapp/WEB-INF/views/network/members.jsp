<ui:message key="members.title" var="pageTitle"><ui:param value="${page.networkName}"/></ui:message>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/reseaux/${fn:escapeXml(page.slug)}"><c:out value="${page.networkName}"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<c:choose>
  <c:when test="${not page.allowed}">
    <p class="lead" id="members-only"><fmt:message key="members.forbidden"/></p>
    <p><a class="button" href="/reseaux/${fn:escapeXml(page.slug)}/adhesion"><fmt:message key="network.join"/></a></p>
  </c:when>
  <c:when test="${empty page.members}"><p><fmt:message key="members.none"/></p></c:when>
  <c:otherwise>
    <p class="lead"><fmt:message key="members.lead"/></p>
    <fmt:message key="members.column.name" var="nameLabel"/>
    <fmt:message key="members.column.organisation" var="organisationLabel"/>
    <fmt:message key="members.column.role" var="roleLabel"/>
    <fmt:message key="members.column.territory" var="territoryLabel"/>
    <fmt:message key="members.column.email" var="emailLabel"/>
    <table class="members stack-table">
      <thead><tr><th scope="col"><c:out value="${nameLabel}"/></th><th scope="col"><c:out value="${organisationLabel}"/></th><th scope="col"><c:out value="${roleLabel}"/></th><th scope="col"><c:out value="${territoryLabel}"/></th><th scope="col"><c:out value="${emailLabel}"/></th></tr></thead>
      <tbody>
        <c:forEach items="${page.members}" var="m">
          <tr class="member">
            <td data-label="${fn:escapeXml(nameLabel)}"><c:out value="${m.name()}"/></td>
            <td data-label="${fn:escapeXml(organisationLabel)}"><c:choose><c:when test="${not empty m.organisationPage()}"><a href="${fn:escapeXml(m.organisationPage())}"><c:out value="${m.organisation()}"/></a></c:when><c:otherwise><c:out value="${m.organisation()}"/></c:otherwise></c:choose></td>
            <td data-label="${fn:escapeXml(roleLabel)}"><c:out value="${m.role()}"/></td>
            <td data-label="${fn:escapeXml(territoryLabel)}"><c:out value="${m.territory()}"/></td>
            <td data-label="${fn:escapeXml(emailLabel)}"><c:if test="${not empty m.email()}"><a href="mailto:${fn:escapeXml(m.email())}"><c:out value="${m.email()}"/></a></c:if></td>
          </tr>
        </c:forEach>
      </tbody>
    </table>
  </c:otherwise>
</c:choose>
<%@ include file="../layout/bottom.jspf" %>

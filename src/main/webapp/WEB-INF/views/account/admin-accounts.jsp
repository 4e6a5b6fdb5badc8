<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<fmt:message key="admin.accounts.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="admin.accounts.title"/></h1>
<%@ include file="../layout/form-error.jspf" %>
<c:if test="${not empty param.modifie and empty page.feedback.error}">
  <p class="notice" role="status"><ui:message key="admin.accounts.saved"><ui:param value="${param.modifie}"/></ui:message></p>
</c:if>
<form class="search-accounts" method="get" action="/admin/comptes" role="search" aria-label="<fmt:message key='admin.accounts.search'/>">
  <p class="field"><label for="account-text"><fmt:message key="admin.accounts.search.text"/></label>
    <input type="search" id="account-text" name="q" value="${fn:escapeXml(page.search.text())}" maxlength="200"></p>
  <p class="field"><label for="account-role"><fmt:message key="admin.accounts.search.role"/></label>
    <select id="account-role" name="filtre-role">
      <option value=""><fmt:message key="admin.accounts.search.any-role"/></option>
      <c:forEach items="${page.roles}" var="role">
        <option value="${fn:escapeXml(role)}"<c:if test="${page.search.role() eq role}"> selected</c:if>><fmt:message key="role.${role}"/></option>
      </c:forEach>
    </select></p>
  <button type="submit" class="secondary"><fmt:message key="admin.accounts.search.go"/></button>
  <c:if test="${not page.search.isEmpty()}"><a href="/admin/comptes"><fmt:message key="admin.accounts.search.all"/></a></c:if>
</form>
<p role="status"><ui:message key="admin.accounts.found"><ui:param value="${page.accounts.size()}"/></ui:message></p>
<fmt:message key="register.organisation" var="organisationLabel"/>
<fmt:message key="admin.accounts.state" var="stateLabel"/>
<fmt:message key="admin.accounts.roles" var="rolesLabel"/>
<table class="accounts stack-table">
  <caption class="visually-hidden"><fmt:message key="admin.accounts.title"/></caption>
  <thead>
    <tr>
      <th scope="col"><fmt:message key="admin.accounts.person"/></th>
      <th scope="col"><fmt:message key="register.organisation"/></th>
      <th scope="col"><fmt:message key="admin.accounts.state"/></th>
      <th scope="col"><fmt:message key="admin.accounts.roles"/></th>
    </tr>
  </thead>
  <tbody>
  <c:forEach items="${page.accounts}" var="account" varStatus="row">
    <tr id="compte-${fn:escapeXml(row.index)}">
      <th scope="row">
        <c:out value="${empty account.name ? account.username : account.name}"/>
        <span class="account-login"><c:out value="${empty account.email ? account.username : account.email}"/></span>
      </th>
      <td data-label="${fn:escapeXml(organisationLabel)}"><c:out value="${account.organisation}"/><c:if test="${not empty account.territory}"><br><c:out value="${account.territory}"/></c:if></td>
      <td data-label="${fn:escapeXml(stateLabel)}">
        <p><fmt:message key="${account.verified ? 'admin.accounts.verified' : 'admin.accounts.unverified'}"/></p>
        <p><fmt:message key="${account.enabled ? 'admin.accounts.enabled' : 'admin.accounts.disabled'}"/></p>
        <c:if test="${not account.self}">
          <form action="${fn:escapeXml(page.action)}" method="post">
            <%@ include file="../layout/csrf.jspf" %>
            <input type="hidden" name="username" value="${fn:escapeXml(account.username)}">
            <c:choose>
              <c:when test="${account.enabled}"><b:confirm-button name="action" value="disable" cssClass="small" label="admin.accounts.disable" hiddenLabel="${account.username}" question="admin.accounts.confirm.disable" subject="${empty account.name ? account.username : account.name}" confirm="admin.accounts.disable"/></c:when>
              <c:otherwise><button type="submit" name="action" value="enable" class="small"><fmt:message key="admin.accounts.enable"/><span class="visually-hidden"> <c:out value="${account.username}"/></span></button></c:otherwise>
            </c:choose>
          </form>
        </c:if>
      </td>
      <td data-label="${fn:escapeXml(rolesLabel)}">
        <form action="${fn:escapeXml(page.action)}" method="post">
          <%@ include file="../layout/csrf.jspf" %>
          <input type="hidden" name="username" value="${fn:escapeXml(account.username)}">
          <input type="hidden" name="action" value="roles">
          <fieldset class="roles">
            <legend class="visually-hidden"><ui:message key="admin.accounts.roles.of"><ui:param value="${account.username}"/></ui:message></legend>
            <c:forEach items="${page.roles}" var="role">
              <span class="role"><input type="checkbox" id="role-${fn:escapeXml(row.index)}-${fn:escapeXml(role)}" name="role" value="${fn:escapeXml(role)}"<c:if test="${account.roles.contains(role)}"> checked</c:if><c:if test="${account.self and role == 'admin'}"> disabled</c:if>>
              <label for="role-${fn:escapeXml(row.index)}-${fn:escapeXml(role)}"><fmt:message key="role.${role}"/></label></span>
            </c:forEach>
            <c:if test="${account.self}"><input type="hidden" name="role" value="admin"></c:if>
          </fieldset>
          <button type="submit" class="small"><fmt:message key="admin.accounts.save"/><span class="visually-hidden"> <c:out value="${account.username}"/></span></button>
        </form>
      </td>
    </tr>
  </c:forEach>
  </tbody>
</table>
<%@ include file="../layout/bottom.jspf" %>

<fmt:message key="admin.accounts.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="admin.accounts.title"/></h1>
<%@ include file="../layout/form-error.jspf" %>
<c:if test="${not empty param.modifie and empty page.feedback.error}">
  <p class="notice" role="status"><ui:message key="admin.accounts.saved"><ui:param value="${param.modifie}"/></ui:message></p>
</c:if>
<div class="table-scroll">
<table class="accounts">
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
      <td><c:out value="${account.organisation}"/><c:if test="${not empty account.territory}"><br><c:out value="${account.territory}"/></c:if></td>
      <td>
        <p><fmt:message key="${account.verified ? 'admin.accounts.verified' : 'admin.accounts.unverified'}"/></p>
        <p><fmt:message key="${account.enabled ? 'admin.accounts.enabled' : 'admin.accounts.disabled'}"/></p>
        <c:if test="${not account.self}">
          <form action="/admin/comptes" method="post">
            <%@ include file="../layout/csrf.jspf" %>
            <input type="hidden" name="username" value="${fn:escapeXml(account.username)}">
            <input type="hidden" name="action" value="${account.enabled ? 'disable' : 'enable'}">
            <button type="submit" class="small"><fmt:message key="${account.enabled ? 'admin.accounts.disable' : 'admin.accounts.enable'}"/><span class="visually-hidden"> <c:out value="${account.username}"/></span></button>
          </form>
        </c:if>
      </td>
      <td>
        <form action="/admin/comptes" method="post">
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
</div>
<%@ include file="../layout/bottom.jspf" %>

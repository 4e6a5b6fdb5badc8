<%-- The members and invitations of a project, for those who run it. --%>
<%@ taglib prefix="b" tagdir="/WEB-INF/tags" %>
<ui:message key="project.members.title" var="pageTitle"><ui:param value="${page.title}"/></ui:message>
<%@ include file="../layout/top.jspf" %>
<meta name="robots" content="noindex">
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/projets/${fn:escapeXml(page.slug)}/espace"><fmt:message key="project.members.back"/></a></p>
<h1><c:out value="${pageTitle}"/></h1>
<c:if test="${not empty page.notice}"><div class="notice" role="status"><p><fmt:message key="project.members.notice.${page.notice}"/></p></div></c:if>
<%@ include file="../layout/form-error.jspf" %>

<section aria-labelledby="members-list">
  <h2 id="members-list"><fmt:message key="project.space.members"/></h2>
  <c:choose>
    <c:when test="${empty page.members}"><p><fmt:message key="project.space.members.none"/></p></c:when>
    <c:otherwise>
      <table>
        <thead><tr>
          <th scope="col"><fmt:message key="project.space.member.name"/></th>
          <th scope="col"><fmt:message key="project.space.member.organisation"/></th>
          <th scope="col"><fmt:message key="project.space.member.country"/></th>
          <th scope="col"><fmt:message key="project.space.member.joined"/></th>
          <th scope="col"><fmt:message key="project.members.actions"/></th>
        </tr></thead>
        <tbody><c:forEach items="${page.members}" var="m">
          <tr><th scope="row"><c:out value="${m.name()}"/></th><td><c:out value="${m.organisation()}"/></td><td><c:out value="${m.country()}"/></td><td><c:out value="${m.joined()}"/></td>
            <td><form method="post" action="/projets/${fn:escapeXml(page.slug)}/membres"><%@ include file="../layout/csrf.jspf" %><input type="hidden" name="action" value="remove"><input type="hidden" name="username" value="${fn:escapeXml(m.username())}"><button type="submit" class="secondary"><fmt:message key="project.members.remove"/><span class="visually-hidden"> <c:out value="${m.name()}"/></span></button></form></td></tr>
        </c:forEach></tbody>
      </table>
    </c:otherwise>
  </c:choose>
</section>

<section aria-labelledby="members-invitations">
  <h2 id="members-invitations"><fmt:message key="project.members.invitations"/></h2>
  <c:choose>
    <c:when test="${empty page.invitations}"><p><fmt:message key="project.members.invitations.none"/></p></c:when>
    <c:otherwise>
      <table>
        <thead><tr>
          <th scope="col"><fmt:message key="project.members.invitation.email"/></th>
          <th scope="col"><fmt:message key="project.space.member.organisation"/></th>
          <th scope="col"><fmt:message key="project.members.invitation.expires"/></th>
          <th scope="col"><fmt:message key="project.members.actions"/></th>
        </tr></thead>
        <tbody><c:forEach items="${page.invitations}" var="i">
          <tr><th scope="row"><c:out value="${i.email()}"/></th><td><c:out value="${i.organisation()}"/></td><td><c:out value="${i.expires()}"/><c:if test="${i.expired()}"> (<fmt:message key="project.members.invitation.expired"/>)</c:if></td>
            <td><form method="post" action="/projets/${fn:escapeXml(page.slug)}/membres"><%@ include file="../layout/csrf.jspf" %><input type="hidden" name="action" value="cancel"><input type="hidden" name="invitation" value="${fn:escapeXml(i.id())}"><button type="submit" class="secondary"><fmt:message key="project.members.cancel"/><span class="visually-hidden"> <c:out value="${i.email()}"/></span></button></form></td></tr>
        </c:forEach></tbody>
      </table>
    </c:otherwise>
  </c:choose>
</section>

<section class="contribution-form" aria-labelledby="members-invite">
  <h2 id="members-invite"><fmt:message key="project.members.invite"/></h2>
  <p class="hint"><fmt:message key="project.members.invite.hint"/></p>
  <form method="post" action="/projets/${fn:escapeXml(page.slug)}/membres" novalidate>
    <%@ include file="../layout/csrf.jspf" %>
    <input type="hidden" name="action" value="invite">
    <b:field name="email" label="form.field.email" type="email" value="${page.typed['email']}" error="${page.feedback.errors['email']}" autocomplete="off"/>
    <div class="field">
      <label for="organisation"><fmt:message key="project.space.member.organisation"/></label>
      <c:set var="field" value="organisation"/><%@ include file="../layout/field-error.jspf" %>
      <select id="organisation" name="organisation" required<c:if test="${not empty fieldError}"> aria-invalid="true" aria-describedby="organisation-error"</c:if>>
        <option value=""><fmt:message key="project.members.organisation.choose"/></option>
        <c:forEach items="${page.organisations}" var="o"><option value="${fn:escapeXml(o.code())}"<c:if test="${o.selected()}"> selected</c:if>><c:out value="${o.label()}"/></option></c:forEach>
      </select>
    </div>
    <p><button type="submit"><fmt:message key="project.members.invite.submit"/></button></p>
  </form>
</section>
<%@ include file="../layout/bottom.jspf" %>

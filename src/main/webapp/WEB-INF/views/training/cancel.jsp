<fmt:message key="cancel.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="cancel.title"/></h1>
<%@ include file="../contribution/error.jspf" %>
<c:choose>
  <c:when test="${cancelled}">
    <p class="notice" role="status"><fmt:message key="cancel.done"/></p>
  </c:when>
  <c:when test="${empty error}">
    <p><fmt:message key="cancel.question"/></p>
    <form method="post" action="/webinaires/annulation">
      <%@ include file="../layout/csrf.jspf" %>
      <input type="hidden" name="jeton" value="${fn:escapeXml(token)}">
      <p><button type="submit"><fmt:message key="cancel.confirm"/></button></p>
    </form>
  </c:when>
</c:choose>
<p><a href="/"><fmt:message key="coming.back"/></a></p>
<%@ include file="../layout/bottom.jspf" %>

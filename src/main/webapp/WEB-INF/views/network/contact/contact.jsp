<c:set var="contact" value="${page.form}"/>
<c:choose>
  <c:when test="${not empty contact.actorName()}"><ui:message key="contact.title.actor" var="pageTitle"><ui:param value="${contact.actorName()}"/></ui:message></c:when>
  <c:otherwise><fmt:message key="contact.title" var="pageTitle"/></c:otherwise>
</c:choose>
<%@ include file="../../layout/top.jspf" %>
<%@ include file="../../layout/header.jspf" %>
<div class="narrow">
<c:if test="${not empty page.actorUrl}"><p class="breadcrumb"><a href="${fn:escapeXml(page.actorUrl)}"><fmt:message key="contact.back.actor"/></a></p></c:if>
<h1><c:out value="${pageTitle}"/></h1>
<p class="lead"><c:choose>
  <c:when test="${not empty contact.actorName()}"><fmt:message key="contact.intro.actor"/></c:when>
  <c:otherwise><fmt:message key="contact.intro"/></c:otherwise>
</c:choose></p>
<%@ include file="form.jspf" %>
</div>
<%@ include file="../../layout/bottom.jspf" %>

<fmt:message key="hub.title" var="pageTitle"/>
<%@ include file="layout/top.jspf" %>
<%@ include file="layout/header.jspf" %>
<h1><fmt:message key="hub.title"/></h1>
<p class="lead"><fmt:message key="hub.intro"/></p>
<ul class="pillars">
  <li><h2><a href="/acteurs"><fmt:message key="hub.actors"/></a></h2><p><fmt:message key="hub.actors.text"/></p></li>
  <li><h2><a href="/actions"><fmt:message key="hub.actions"/></a></h2><p><fmt:message key="hub.actions.text"/></p></li>
  <li><h2><a href="/actions/bilan"><fmt:message key="hub.results"/></a></h2><p><fmt:message key="hub.results.text"/></p></li>
  <li><h2><a href="/partenariats"><fmt:message key="hub.partnerships"/></a></h2><p><fmt:message key="hub.partnerships.text"/></p></li>
  <li><h2><a href="/reseaux"><fmt:message key="hub.networks"/></a></h2><p><fmt:message key="hub.networks.text"/></p></li>
  <li><h2><a href="/projets"><fmt:message key="hub.projects"/></a></h2><p><fmt:message key="hub.projects.text"/></p></li>
  <li><h2><a href="/agenda"><fmt:message key="hub.agenda"/></a></h2><p><fmt:message key="hub.agenda.text"/></p></li>
  <li><h2><a href="/lettre"><fmt:message key="hub.newsletter"/></a></h2><p><fmt:message key="hub.newsletter.text"/></p></li>
  <li><h2><a href="/actualites"><fmt:message key="hub.news"/></a></h2><p><fmt:message key="hub.news.text"/></p></li>
  <li><h2><a href="/contact"><fmt:message key="hub.contact"/></a></h2><p><fmt:message key="hub.contact.text"/></p></li>
</ul>
<%@ include file="layout/bottom.jspf" %>

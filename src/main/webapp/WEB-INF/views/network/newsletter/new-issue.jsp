<%-- /lettre/numeros/nouveau: composing proposes what was published since the previous issue. --%>
<fmt:message key="newsletter.new.title" var="pageTitle"/>
<%@ include file="../../layout/top.jspf" %>
<%@ include file="../../layout/header.jspf" %>
<div class="narrow">
<p class="breadcrumb"><a href="/lettre/numeros"><fmt:message key="newsletter.issues.title"/></a></p>
<h1><fmt:message key="newsletter.new.title"/></h1>
<p class="lead"><fmt:message key="newsletter.new.lead"/></p>
<form method="post" action="/lettre/numeros/nouveau" class="contribution-form">
  <%@ include file="../../layout/csrf.jspf" %>
  <div class="field">
    <label for="subject"><fmt:message key="newsletter.subject"/></label>
    <p class="hint" id="subject-hint"><fmt:message key="newsletter.subject.hint"/></p>
    <input id="subject" name="subject" type="text" maxlength="300" aria-describedby="subject-hint">
  </div>
  <p><button type="submit"><fmt:message key="newsletter.new.button"/></button></p>
</form>
</div>
<%@ include file="../../layout/bottom.jspf" %>

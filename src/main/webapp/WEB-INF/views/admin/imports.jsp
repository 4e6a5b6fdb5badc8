<fmt:message key="console.nav.imports" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<h1><fmt:message key="console.nav.imports"/></h1>
<c:set var="section" value="imports"/>
<%@ include file="nav.jspf" %>
<p class="lead"><fmt:message key="console.imports.lead"/></p>
<%@ include file="../layout/form-error.jspf" %>
<c:choose>
  <c:when test="${empty page.folders}"><p class="notice"><fmt:message key="console.imports.none"/></p></c:when>
  <c:otherwise>
    <form class="contribution-form" action="/admin/imports" method="post">
      <%@ include file="../layout/csrf.jspf" %>
      <p class="field">
        <label for="source"><fmt:message key="console.imports.source"/></label>
        <select id="source" name="source" required aria-describedby="source-hint">
          <c:forEach items="${page.folders}" var="folder">
            <optgroup label="${fn:escapeXml(folder.name())}">
              <c:forEach items="${folder.manifests()}" var="manifest">
                <c:set var="choice" value="${folder.name()}/${manifest}"/>
                <option value="${fn:escapeXml(choice)}" ${page.source == choice ? 'selected' : ''}><c:out value="${choice}"/></option>
              </c:forEach>
            </optgroup>
          </c:forEach>
        </select>
        <span id="source-hint" class="hint"><fmt:message key="console.imports.source.hint"/></span>
      </p>
      <p class="field"><label class="choice"><input type="checkbox" name="publish" value="oui" ${page.publish ? 'checked' : ''}> <fmt:message key="import.field.publish"/></label></p>
      <p><button type="submit"><fmt:message key="import.send"/></button></p>
    </form>
  </c:otherwise>
</c:choose>
<%@ include file="../imports/recent.jspf" %>
<%@ include file="../layout/bottom.jspf" %>

<fmt:message key="results.title" var="pageTitle"/>
<%@ include file="../layout/top.jspf" %>
<%@ include file="../layout/header.jspf" %>
<p class="breadcrumb"><a href="/actions"><fmt:message key="results.back"/></a></p>
<h1><fmt:message key="results.heading"/></h1>
<p class="lead"><fmt:message key="results.lead"/></p>

<c:choose>
<c:when test="${not empty page.error}">
  <div class="notice notice-error">
    <h2><fmt:message key="search.error.heading"/></h2>
    <p><c:out value="${page.error}"/></p>
    <p><a href="/actions/bilan"><fmt:message key="results.clear"/></a></p>
  </div>
</c:when>
<c:otherwise>
<form class="search-form results-form" action="/actions/bilan" method="get">
  <div class="columns">
    <div class="main-column">
      <p class="actions"><a class="button secondary" href="${fn:escapeXml(page.csvUrl)}" download><fmt:message key="results.csv"/></a></p>
      <h2 id="totals"><fmt:message key="results.totals"/></h2>
      <div class="table-scroll">
        <table class="accounts results-table" aria-labelledby="totals">
          <thead><tr>
            <th scope="col"><fmt:message key="results.indicator"/></th>
            <th scope="col"><fmt:message key="results.total"/></th>
            <th scope="col"><fmt:message key="results.actions"/></th>
            <th scope="col"><fmt:message key="results.aggregation"/></th>
          </tr></thead>
          <tbody>
            <c:forEach items="${page.totals}" var="total">
              <tr>
                <th scope="row"><c:out value="${total.label}"/></th>
                <td class="figure"><c:choose>
                  <c:when test="${empty total.total}">—</c:when>
                  <c:otherwise><fmt:formatNumber value="${total.total}" maxFractionDigits="2"/><c:if test="${not empty total.unit}">${' '}<c:out value="${total.unit}"/></c:if></c:otherwise>
                </c:choose></td>
                <td class="figure">${fn:escapeXml(total.actions)}</td>
                <td><fmt:message key="results.aggregation.${total.aggregation}"/></td>
              </tr>
            </c:forEach>
          </tbody>
        </table>
      </div>
      <p class="hint"><fmt:message key="results.rules"/></p>

      <c:forEach items="${page.sections}" var="section">
        <section class="results-section">
          <h2 id="by-${fn:escapeXml(section.dimension)}"><c:out value="${section.label}"/></h2>
          <c:choose>
            <c:when test="${empty section.rows}"><p><fmt:message key="results.none"/></p></c:when>
            <c:otherwise>
              <div class="table-scroll">
                <table class="accounts results-table" aria-labelledby="by-${fn:escapeXml(section.dimension)}">
                  <thead><tr>
                    <th scope="col"><c:out value="${section.label}"/></th>
                    <c:forEach items="${section.columns}" var="column"><th scope="col"><c:out value="${column.label}"/></th></c:forEach>
                  </tr></thead>
                  <tbody>
                    <c:forEach items="${section.rows}" var="row">
                      <tr>
                        <th scope="row"><c:out value="${row.label}"/></th>
                        <c:forEach items="${row.figures}" var="figure"><td class="figure"><c:out value="${figure}"/></td></c:forEach>
                      </tr>
                    </c:forEach>
                  </tbody>
                </table>
              </div>
              <%-- Each chart is an image titled by its indicator; the table above holds the same figures as text. --%>
              <c:forEach items="${section.charts}" var="chart">
                <figure class="chart">
                  <figcaption><c:out value="${chart.title}"/></figcaption>
                  ${chart.svg}
                </figure>
              </c:forEach>
            </c:otherwise>
          </c:choose>
        </section>
      </c:forEach>
    </div>
    <div class="side-column filters">
      <h2><fmt:message key="search.filters"/></h2>
      <c:forEach items="${page.filters}" var="group">
        <fieldset class="facet">
          <legend><fmt:message key="${group.labelKey}"/></legend>
          <ul>
            <c:forEach items="${group.choices}" var="choice" varStatus="s">
              <c:set var="optionId" value="r-${group.parameter}-${s.index}"/>
              <li>
                <input type="checkbox" id="${fn:escapeXml(optionId)}" name="${fn:escapeXml(group.parameter)}" value="${fn:escapeXml(choice.value)}" data-autosubmit ${choice.selected ? 'checked' : ''}>
                <label for="${fn:escapeXml(optionId)}"><c:out value="${choice.label}"/></label>
              </li>
            </c:forEach>
          </ul>
        </fieldset>
      </c:forEach>
      <button type="submit" class="secondary" data-filter-submit><fmt:message key="search.filters.submit"/></button>
    </div>
  </div>
</form>
</c:otherwise>
</c:choose>
<%@ include file="../layout/bottom.jspf" %>

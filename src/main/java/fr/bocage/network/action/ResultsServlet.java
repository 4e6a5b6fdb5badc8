package fr.bocage.network.action;

import fr.bocage.catalog.FacetChoices;
import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.SearchServlet;
import fr.bocage.search.FacetDimension;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The network's results, /actions/bilan, filtered by the search's parameters (territory, theme, scheme, progress,
 * year); the same figures in CSV at /actions/bilan.csv (or ?format=csv).
 */
@WebServlet({ActionRoutes.RESULTS, ActionRoutes.RESULTS_CSV})
public class ResultsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ActionResults results;

    @Inject
    Vocabularies vocabularies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Map<String, List<String>> parameters = SearchServlet.parameters(request);
        boolean csv = ActionRoutes.RESULTS_CSV.equals(request.getServletPath())
                || "csv".equals(request.getParameter("format"));
        ResultsFilter filter;
        Results figures;
        try {
            filter = results.filter(parameters);
            figures = results.of(filter);
        } catch (DomainException e) {
            // The CSV's refusal too is the French page that says why, as for any portal address.
            response.setStatus(ErrorStatus.of(e));
            Views.render("network/results", new ResultsPage(filterGroups(ResultsFilter.NONE), List.of(), List.of(),
                    ActionRoutes.RESULTS_CSV, e.getMessage()), request, response);
            return;
        }
        if (csv) {
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"bilan-actions.csv\"");
            response.getWriter().write(ActionCsv.results(figures));
            return;
        }
        Views.render("network/results", new ResultsPage(filterGroups(filter), figures.indicators(),
                figures.breakdowns().stream().map(b -> section(b, figures.indicators())).toList(),
                ActionRoutes.RESULTS_CSV + query(request), null), request, response);
    }

    private static String query(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null || query.isEmpty() ? "" : "?" + query;
    }

    static ResultsPage.Section section(Results.Breakdown breakdown, List<Results.Total> indicators) {
        List<Results.Total> columns = indicators.stream()
                .filter(i -> breakdown.rows().stream().anyMatch(r -> r.figures().containsKey(i.code()))).toList();
        List<ResultsPage.TableRow> rows = breakdown.rows().stream().map(r -> new ResultsPage.TableRow(r.label(),
                columns.stream().map(c -> r.figures().containsKey(c.code())
                        ? BarChart.number(r.figures().get(c.code()), c.unit()) : "").toList())).toList();
        List<ResultsPage.Chart> charts = IntStream.range(0, columns.size()).mapToObj(i -> {
            Results.Total column = columns.get(i);
            String id = "chart-" + breakdown.dimension() + "-" + i;
            String title = column.label() + " — " + breakdown.label().toLowerCase(java.util.Locale.FRENCH);
            List<BarChart.Bar> bars = breakdown.rows().stream().filter(r -> r.figures().containsKey(column.code()))
                    .map(r -> new BarChart.Bar(r.label(), r.figures().get(column.code()))).toList();
            return new ResultsPage.Chart(id, title, BarChart.svg(id, title, column.unit(), bars));
        }).toList();
        return new ResultsPage.Section(breakdown.dimension(), breakdown.label(), columns, rows, charts);
    }

    /** The filters as checkboxes: territories and themes of the vocabularies, schemes, progress, years given. */
    private List<ResultsPage.FilterGroup> filterGroups(ResultsFilter filter) {
        List<ResultsPage.FilterGroup> groups = new ArrayList<>();
        groups.add(new ResultsPage.FilterGroup(FacetDimension.SCHEME.parameter(), "facet.scheme",
                choices(ActionFacets.choicesOf(FacetDimension.SCHEME.parameter()).orElseThrow().choices(), filter.schemes())));
        groups.add(new ResultsPage.FilterGroup(FacetDimension.PROGRESS.parameter(), "facet.progress",
                choices(ActionFacets.choicesOf(FacetDimension.PROGRESS.parameter()).orElseThrow().choices(), filter.progress())));
        groups.add(new ResultsPage.FilterGroup(FacetDimension.THEME.parameter(), "facet.theme",
                choices(terms(VocabularyKind.THEME), filter.themes())));
        groups.add(new ResultsPage.FilterGroup(FacetDimension.TERRITORY.parameter(), "facet.territory",
                choices(terms(VocabularyKind.TERRITORY), filter.territories())));
        return groups;
    }

    private List<FacetChoices.Choice> terms(VocabularyKind kind) {
        return vocabularies.terms(kind).stream().map(t -> new FacetChoices.Choice(t.getCode(), t.getLabel())).toList();
    }

    private static List<ResultsPage.Choice> choices(List<FacetChoices.Choice> choices, List<String> selected) {
        return choices.stream().map(c -> new ResultsPage.Choice(c.code(), c.label(), selected.contains(c.code())))
                .toList();
    }
}

package fr.bocage.portal;

import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Circles;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.search.SearchEngine;
import fr.bocage.search.SearchParameters;
import fr.bocage.search.SearchRequest;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The search page: the API's parameters, read the API's way, shown as a page. */
@WebServlet(Routes.SEARCH)
public class SearchServlet extends HttpServlet {
    private static final Pattern TRACKING = Pattern.compile("utm_[a-z_]+|fbclid|gclid|msclkid|mc_cid|mc_eid|_ga");
    private static final long serialVersionUID = 1L;

    @Inject
    SearchEngine engine;

    @Inject
    FacetVocabulary vocabulary;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Circles circles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        SearchPage results = null;
        String error = null;
        try {
            // Members find their circles' resources too; a visitor, public ones only.
            SearchRequest search = SearchParameters.read(parameters(request), vocabulary)
                    .withCircles(circles.of(Caller.of(request.getUserPrincipal(), request::isUserInRole)));
            results = new SearchPage(search, engine.search(search), vocabulary);
        } catch (DomainException e) {
            response.setStatus(ErrorStatus.of(e));
            error = e.getMessage();
        }
        // Somewhere to go when nothing matches, or when the address was wrong.
        List<Link> themes = vocabularies.terms(VocabularyKind.THEME).stream()
                .map(t -> new Link(t.getLabel(), SearchUrl.filteredOn(FacetDimension.THEME.parameter(), t.getCode()),
                        false)).toList();
        Views.render("search", new SearchResultsPage(results, error, themes), request, response);
    }

    /**
     * The search parameters of the page. Links shared from newsletters and social networks carry tracking
     * parameters (utm_source, fbclid…): they say nothing about the search, so the pages ignore them where the API
     * refuses any name it does not know. The training catalogue reads its parameters the same way.
     */
    public static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!TRACKING.matcher(name).matches()) {
                parameters.put(name, Arrays.asList(values));
            }
        });
        return parameters;
    }
}

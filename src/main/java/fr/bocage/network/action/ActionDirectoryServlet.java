package fr.bocage.network.action;

import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.SearchPage;
import fr.bocage.portal.SearchServlet;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.search.SearchEngine;
import fr.bocage.search.SearchParameters;
import fr.bocage.search.SearchRequest;
import fr.bocage.search.SearchResult;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actions directory, /actions: the search within published actions, with the facets one looks for an action by
 * (scheme, progress, theme, territory, year). Hits link to the resource page, which leads to the action's page.
 */
@WebServlet(ActionRoutes.ACTIONS)
public class ActionDirectoryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final List<FacetDimension> FACETS = List.of(FacetDimension.SCHEME, FacetDimension.PROGRESS,
            FacetDimension.THEME, FacetDimension.TERRITORY, FacetDimension.YEAR);
    private static final Set<String> PARAMETERS = Set.of("q", "sort", "page", "size", "exact", "scheme", "progress",
            "theme", "territory", "year", "national");

    @Inject
    SearchEngine engine;

    @Inject
    FacetVocabulary vocabulary;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        SearchPage search = null;
        String error = null;
        try {
            // Other filters (type, file format…) mean nothing here: a link to the search may carry them.
            Map<String, List<String>> parameters = SearchServlet.parameters(request);
            parameters.keySet().retainAll(PARAMETERS);
            SearchRequest asked = SearchParameters.read(parameters, vocabulary);
            SearchResult result = engine.search(asked.within(FacetDimension.TYPE.parameter(), ActionRepository.TYPE));
            search = SearchPage.catalogue(ActionRoutes.ACTIONS, FACETS, asked, result, vocabulary);
        } catch (DomainException e) {
            response.setStatus(ErrorStatus.of(e));
            error = e.getMessage();
        }
        Views.render("network/actions", new ActionDirectoryPage(search, error,
                request.isUserInRole(Role.CONTRIBUTOR) || request.isUserInRole(Role.MODERATOR)
                        || request.isUserInRole(Role.ADMIN)), request, response);
    }
}

package fr.bocage.portal;

import fr.bocage.platform.web.Views;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.search.SearchEngine;
import fr.bocage.search.SearchRequest;
import fr.bocage.search.SearchResult;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** The home page: the latest published resources and how many there are of each type, from one search. */
@WebServlet("")
public class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int LATEST = 6;

    @Inject
    SearchEngine engine;

    @Inject
    FacetVocabulary vocabulary;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        SearchResult latest = engine.search(
                new SearchRequest("", Map.of(), SearchRequest.Sort.DATE, 1, LATEST, false));
        String type = FacetDimension.TYPE.parameter();
        HomePage page = new HomePage(latest.total(),
                latest.hits().stream().map(hit -> new HitView(hit, vocabulary, null)).toList(),
                latest.facets().get(type).stream()
                        .map(v -> new KeyFigure(vocabulary.label(type, v.value()), v.count(),
                                SearchUrl.filteredOn(type, v.value()))).toList());
        Views.render("home", page, request, response);
    }
}

package fr.bocage.training.course;

import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.SearchPage;
import fr.bocage.portal.SearchServlet;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.search.SearchEngine;
import fr.bocage.search.SearchParameters;
import fr.bocage.search.SearchRequest;
import fr.bocage.search.SearchResult;
import fr.bocage.training.TrainingPortal;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The training catalogue: the search within courses, with the facets a learner chooses by (modality, level, theme,
 * audience, territory) and a card per course.
 */
@WebServlet(Routes.COURSES)
public class CourseCatalogueServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final List<FacetDimension> FACETS = List.of(FacetDimension.MODALITY, FacetDimension.LEVEL,
            FacetDimension.THEME, FacetDimension.AUDIENCE, FacetDimension.TERRITORY);
    private static final Set<String> PARAMETERS = Set.of("q", "sort", "page", "size", "exact", "modality", "level",
            "theme", "audience", "territory", "national");

    @Inject
    SearchEngine engine;

    @Inject
    FacetVocabulary vocabulary;

    @Inject
    CourseRepository courses;

    @Inject
    ResourceRepository resources;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        SearchPage search = null;
        List<CourseCard> cards = null;
        String error = null;
        try {
            // Other filters (type, file format…) mean nothing here: a link to the search may carry them.
            Map<String, List<String>> parameters = SearchServlet.parameters(request);
            parameters.keySet().retainAll(PARAMETERS);
            SearchRequest asked = SearchParameters.read(parameters, vocabulary);
            SearchResult result = engine.search(asked.within(FacetDimension.TYPE.parameter(), CourseRepository.TYPE));
            search = SearchPage.catalogue(Routes.COURSES, FACETS, asked, result, vocabulary);
            cards = cards(result.hits());
        } catch (DomainException e) {
            response.setStatus(ErrorStatus.of(e));
            error = e.getMessage();
        }
        Views.render("training/catalogue", new CourseCataloguePage(search, cards, error, TrainingPortal.trains(request)),
                request, response);
    }

    /** A card per hit, with the course's facts when it has a course's fields. */
    private List<CourseCard> cards(List<SearchResult.Hit> hits) {
        Map<Long, Course> found = courses.byIds(hits.stream().map(SearchResult.Hit::id).toList());
        Instant now = Instant.now();
        return hits.stream().map(h -> new CourseCard(h, Optional.ofNullable(found.get(h.id()))
                .flatMap(c -> resources.find(h.id()).map(r -> new CourseFacts(r, c, now))).orElse(null))).toList();
    }
}

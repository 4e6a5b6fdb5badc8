package fr.bocage.network.actor;

import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.ErrorStatus;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.SearchPage;
import fr.bocage.portal.SearchServlet;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.FacetVocabulary;
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

/** The public directory of the network's actors, /acteurs: full-text search with facets kind, territory, theme, engagement. */
@WebServlet(ActorPages.DIRECTORY)
public class ActorDirectoryServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ActorSearch search;

    @Inject
    ActorRepository actors;

    @Inject
    FacetVocabulary vocabulary;

    @Inject
    ClaimService claims;

    @Inject
    ResourceRepository resources;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        SearchPage page = null;
        List<ActorCard> cards = null;
        String error = null;
        try {
            SearchRequest asked = search.read(SearchServlet.parameters(request));
            SearchResult result = search.search(asked);
            page = SearchPage.catalogue(ActorPages.DIRECTORY, ActorSearch.FACETS, asked, result, vocabulary);
            cards = cards(result.hits());
        } catch (DomainException e) {
            response.setStatus(ErrorStatus.of(e));
            error = e.getMessage();
        }
        Views.render("network/actors", new ActorDirectoryPage(page, cards, error, request.getUserPrincipal() != null,
                pendingClaims(PortalForms.caller(request))), request, response);
    }

    /** What waits for a moderator: each claim as a link to its actor's page, where they decide. */
    private List<ActorPage.Link> pendingClaims(Caller caller) {
        if (!caller.moderator()) {
            return List.of();
        }
        return claims.pending().stream().flatMap(c -> resources.find(c.getActorId())
                .map(r -> new ActorPage.Link(r.getTitle() + " — " + c.getUsername(),
                        ActorPages.page(c.getActorId()) + "#representants")).stream()).toList();
    }

    private List<ActorCard> cards(List<SearchResult.Hit> hits) {
        Map<Long, Actor> found = actors.byIds(hits.stream().map(SearchResult.Hit::id).toList());
        return hits.stream().map(h -> ActorCard.of(h, found.get(h.id()), h.territory() == null ? null
                : vocabulary.label(FacetDimension.TERRITORY.parameter(), h.territory()))).toList();
    }
}

package fr.bocage.network.news;

import fr.bocage.platform.error.DomainException;
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

/** The news list, /actualites: newest first, full-text search with facets theme, territory and network. */
@WebServlet(NewsPages.LIST)
public class NewsListServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    NewsSearch search;

    @Inject
    NewsService service;

    @Inject
    FacetVocabulary vocabulary;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        SearchPage page = null;
        List<NewsCard> cards = null;
        String error = null;
        String feed = NewsPages.FEED;
        try {
            SearchRequest asked = search.read(SearchServlet.parameters(request), PortalForms.caller(request));
            SearchResult result = search.search(asked);
            page = SearchPage.catalogue(NewsPages.LIST, NewsSearch.FACETS, asked, result, vocabulary);
            cards = search.published(result.hits()).stream().map(this::card).toList();
            List<String> networks = asked.filters().getOrDefault(FacetDimension.NETWORK.parameter(), List.of());
            if (networks.size() == 1) {
                feed = NewsPages.networkFeed(networks.get(0));
            }
        } catch (DomainException e) {
            response.setStatus(ErrorStatus.of(e));
            error = e.getMessage();
        }
        Views.render("network/news-list", new NewsListPage(page, cards, error,
                service.mayPropose(PortalForms.caller(request)), feed), request, response);
    }

    private NewsCard card(NewsSearch.Published p) {
        boolean image = p.resource().getFile() != null;
        return new NewsCard(NewsPages.page(p.resource().getId()), p.resource().getTitle(),
                p.resource().description().date(), p.resource().description().summary(),
                search.network(p.news()).map(n -> n.getName()).orElse(null),
                image ? NewsPages.image(p.resource().getId()) : null, image ? p.news().getImageAlt() : null,
                p.snippet(), p.membersOnly());
    }
}

package fr.bocage.network.news;

import fr.bocage.catalog.Resource;
import fr.bocage.portal.DedicatedPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** A news item has its page under /actualites; search and the resource page send readers there. */
@ApplicationScoped
public class NewsPages implements DedicatedPages {
    /** The list and, followed by an id, an item's page. */
    public static final String LIST = "/actualites";
    public static final String PAGE = "/actualites/";
    public static final String FEED = "/actualites.atom";
    /** A network's feed is {@code /reseaux/{slug}/actualites.atom}. */
    public static final String NETWORKS = "/reseaux/";
    public static final String NETWORK_FEED = "/actualites.atom";

    @Inject
    NewsRepository news;

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Override
    public Optional<String> pageOf(Resource resource) {
        return news.find(resource.getId()).map(n -> page(n.getId()));
    }

    @Override
    public Map<Long, String> pagesOf(Collection<Long> ids) {
        return DedicatedPages.pagesAmong(em, News.class, ids, NewsPages::page);
    }

    public static String page(long id) {
        return PAGE + id;
    }

    public static String edit(long id) {
        return page(id) + "/modifier";
    }

    public static String networkFeed(String slug) {
        return NETWORKS + slug + NETWORK_FEED;
    }

    /** The network's public page (built by the membership area). */
    public static String network(String slug) {
        return NETWORKS + slug;
    }

    /** The image of an item, served by the catalog with its own media type to whoever may see the item. */
    public static String image(long id) {
        return "/api/resources/" + id + "/file";
    }
}

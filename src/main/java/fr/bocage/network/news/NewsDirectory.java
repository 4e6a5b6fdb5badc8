package fr.bocage.network.news;

import fr.bocage.network.membership.Network;
import fr.bocage.network.membership.Networks;
import fr.bocage.platform.Messages;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Circles;
import fr.bocage.search.FacetDimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * What other pages and the feeds read of news: published items only, newest first, as search has them (so a draft, a
 * submitted or a withdrawn item is never there). A network's page lists its latest items with {@link #latestOf}, the
 * members-only ones to its members only; the feeds, which anybody reads, hold public items only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NewsDirectory {
    /** How many items a feed holds. */
    static final int FEED_SIZE = 20;

    @Inject
    NewsSearch search;

    @Inject
    Networks networks;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Circles circles;

    /** The latest published items of a network that {@code viewer} may see, newest first; empty for an unknown network. */
    public List<NewsSummary> latestOf(long networkId, int limit, Caller viewer) {
        return networks.find(networkId).map(n -> search.newest(n.getSlug(), Math.max(1, Math.min(limit, 50)),
                circles.of(viewer)).stream().map(NewsDirectory::summary).toList()).orElse(List.of());
    }

    /** The feed of all news. */
    public String feed() {
        return NewsFeed.atom(new NewsFeed.Feed(publicUrl.of(NewsPages.FEED), Messages.get("news.feed.title"),
                publicUrl.of(NewsPages.FEED), publicUrl.of(NewsPages.LIST), entries(null)));
    }

    /** The feed of a network's news; 404 for an unknown network. */
    public String feedOf(String slug) {
        Network network = networks.find(slug)
                .orElseThrow(() -> new NotFound(Messages.format("news.network.unknown", slug)));
        String path = NewsPages.networkFeed(network.getSlug());
        return NewsFeed.atom(new NewsFeed.Feed(publicUrl.of(path),
                Messages.format("news.feed.network-title", network.getName()), publicUrl.of(path),
                publicUrl.of(NewsPages.LIST, FacetDimension.NETWORK.parameter(), network.getSlug()),
                entries(network.getSlug())));
    }

    private List<NewsFeed.Entry> entries(String slug) {
        return search.newest(slug, FEED_SIZE, Set.of()).stream().map(p -> new NewsFeed.Entry(
                publicUrl.of(NewsPages.page(p.resource().getId())), p.resource().getTitle(),
                p.resource().description().summary(), NewsBody.html(p.news().getBody()),
                p.resource().description().date(), p.resource().getUpdatedAt(),
                p.resource().description().themes().stream().map(t -> new NewsFeed.Category(t,
                        search.label(FacetDimension.THEME, t))).toList())).toList();
    }

    private static NewsSummary summary(NewsSearch.Published p) {
        boolean image = p.resource().getFile() != null;
        return new NewsSummary(p.resource().getId(), NewsPages.page(p.resource().getId()), p.resource().getTitle(),
                p.resource().description().summary(), p.resource().description().date(),
                image ? NewsPages.image(p.resource().getId()) : null, image ? p.news().getImageAlt() : null,
                p.membersOnly());
    }
}

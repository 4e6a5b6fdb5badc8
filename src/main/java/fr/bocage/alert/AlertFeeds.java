package fr.bocage.alert;

import fr.bocage.platform.Messages;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.web.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** The Atom feeds: of any search (no account needed) and of a saved search, by its token. */
@ApplicationScoped
public class AlertFeeds {
    /** Entries of a feed: within the 20–50 feed readers expect. */
    static final int ENTRIES = 30;

    @Inject
    PublishedMatches matches;

    @Inject
    SavedSearchService saved;

    @Inject
    PublicUrl publicUrl;

    /** The feed of a search page's query. */
    public String ofSearch(SavedQuery query) {
        String title = query.words().isEmpty() ? Messages.get("alert.feed.all")
                : Messages.format("alert.feed.search", query.words());
        return AtomFeed.write(title, publicUrl.of(query.on(Routes.SEARCH_FEED)), publicUrl.of(query.on(Routes.SEARCH)),
                matches.newest(query, ENTRIES).matches(), id -> publicUrl.of(Routes.resource(id)), Instant.now());
    }

    /** The feed of a saved search, whoever holds its token. */
    public String ofToken(String token) {
        SavedSearch search = saved.byFeedToken(token);
        SavedQuery query = saved.query(search);
        return AtomFeed.write(Messages.format("alert.feed.saved", search.getName()),
                publicUrl.of(feedPath(search)), publicUrl.of(query.on(Routes.SEARCH)),
                matches.newest(query, ENTRIES).matches(), id -> publicUrl.of(Routes.resource(id)), Instant.now());
    }

    /** The stable address of a saved search's feed. */
    public static String feedPath(SavedSearch search) {
        return Routes.ALERTS + search.getFeedToken() + ".atom";
    }

    /** The address of the page that stops a digest. */
    public static String stopPath(String stopToken) {
        return Routes.ALERT_STOP + "?jeton=" + stopToken;
    }
}

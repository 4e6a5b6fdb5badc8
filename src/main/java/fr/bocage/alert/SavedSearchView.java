package fr.bocage.alert;

import fr.bocage.platform.rest.ApiNames;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * A saved search in the API.
 *
 * @param search  the canonical query string of its search page
 * @param feed    its feed's path, which works without an account
 * @param page    the search page's path
 */
@JsonbPropertyOrder({"id", "name", "search", "frequency", "feed", "page", "createdAt", "lastSentAt"})
public record SavedSearchView(long id, String name, String search, String frequency, String feed, String page,
        Instant createdAt, Instant lastSentAt) {

    static SavedSearchView of(SavedSearch search) {
        return new SavedSearchView(search.getId(), search.getName(), search.getSearch(),
                ApiNames.of(search.getFrequency()), AlertFeeds.feedPath(search),
                search.getSearch().isEmpty() ? fr.bocage.platform.web.Routes.SEARCH
                        : fr.bocage.platform.web.Routes.SEARCH + "?" + search.getSearch(),
                search.getCreatedAt(), search.getLastSentAt());
    }
}

package fr.bocage.alert;

import fr.bocage.platform.rest.ApiNames;
import java.util.List;

/**
 * The account's saved searches.
 *
 * @param done      what was just done ({@code enregistree}, {@code modifiee}, {@code supprimee}), or null
 * @param max       how many an account may keep
 */
public record SavedSearchesPage(List<Row> searches, String done, int max) {

    /** @param feedUrl the feed's absolute address, to copy into a feed reader */
    public record Row(long id, String name, String frequency, String searchUrl, String feedUrl, String editUrl) {
        static Row of(SavedSearch search, String feedUrl) {
            return new Row(search.getId(), search.getName(), ApiNames.of(search.getFrequency()),
                    SavedSearchView.of(search).page(), feedUrl,
                    fr.bocage.platform.web.Routes.SAVED_SEARCHES + "/" + search.getId());
        }
    }
}

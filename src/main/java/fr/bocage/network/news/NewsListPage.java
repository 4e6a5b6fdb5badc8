package fr.bocage.network.news;

import fr.bocage.portal.SearchPage;
import java.util.List;

/**
 * The news list: a search within news, newest first without words.
 *
 * @param search the results, null when the address could not be read
 * @param cards one per published hit, in the same order
 * @param error why the address could not be read, in French
 * @param mayPropose whether the visitor may write a news item
 * @param feedUrl the Atom feed of what is listed: a network's when filtered on one network, all news' otherwise
 */
public record NewsListPage(SearchPage search, List<NewsCard> cards, String error, boolean mayPropose,
                           String feedUrl) {
}

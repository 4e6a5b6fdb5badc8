package fr.bocage.portal;

import java.util.List;

/**
 * The search page.
 *
 * @param search the results, null when the address could not be read
 * @param error why it could not, in French
 * @param themes somewhere to go when nothing matches
 */
public record SearchResultsPage(SearchPage search, String error, List<Link> themes) {
}

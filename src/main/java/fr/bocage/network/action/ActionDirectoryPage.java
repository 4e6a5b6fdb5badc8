package fr.bocage.network.action;

import fr.bocage.portal.SearchPage;

/**
 * The actions directory: a search within actions.
 *
 * @param search the results, null when the address could not be read
 * @param error why the address could not be read, in French
 * @param mayPropose whether the caller may propose an action (contributors, moderators, administrators)
 */
public record ActionDirectoryPage(SearchPage search, String error, boolean mayPropose) {
}

package fr.bocage.network.actor;

import fr.bocage.portal.SearchPage;
import java.util.List;

/**
 * The actors' directory: a search within actors.
 *
 * @param search the results, null when the address could not be read
 * @param cards one per hit, in the same order
 * @param error why the address could not be read, in French
 * @param mayPropose whether the visitor is signed in, hence may propose an actor
 */
public record ActorDirectoryPage(SearchPage search, List<ActorCard> cards, String error, boolean mayPropose) {
}

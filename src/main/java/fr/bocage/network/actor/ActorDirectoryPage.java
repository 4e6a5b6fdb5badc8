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
 * @param pendingClaims for the moderators, the claims to represent an actor that wait for them (an actor's page, where
 *                      they decide); empty for others
 */
public record ActorDirectoryPage(SearchPage search, List<ActorCard> cards, String error, boolean mayPropose,
                                 List<ActorPage.Link> pendingClaims) {
}

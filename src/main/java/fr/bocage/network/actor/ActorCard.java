package fr.bocage.network.actor;

import fr.bocage.platform.web.Routes;
import fr.bocage.search.SearchResult;

/**
 * One hit of the directory: the actor's page, name, facts and the search's snippet (HTML-safe). A document merely
 * typed « Acteur » (uploaded as a file) has no facts, and its resource page.
 *
 * @param kind the kind's label; null without an actor's fields
 * @param place its commune and territory's label, as one line; null when neither is known
 * @param engagement its scheme's label; null without one
 */
public record ActorCard(String url, String title, String snippet, String kind, String place, String engagement) {

    static ActorCard of(SearchResult.Hit hit, Actor actor, String territory) {
        if (actor == null) {
            return new ActorCard(Routes.resource(hit.id()), hit.title(), hit.snippet(), null, null, null);
        }
        String place = actor.getCommune() == null ? territory
                : territory == null ? actor.getCommune() : actor.getCommune() + " (" + territory + ")";
        return new ActorCard(ActorPages.page(hit.id()), hit.title(), hit.snippet(), actor.getKind().label(), place,
                actor.getEngagement() == null ? null : actor.getEngagement().label());
    }
}

package fr.bocage.network.actor;

import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;

/**
 * The « Engagés pour la nature » scheme an actor joined, if any (territoires, entreprises, partenaires): its API name
 * is also its search facet value ({@code engagement}).
 */
public enum EngagementScheme {
    MUNICIPALITIES, COMPANIES, PARTNERS;

    public String code() {
        return ApiNames.of(this);
    }

    /** « Territoires engagés pour la nature »… */
    public String label() {
        return Messages.get("actor.engagement." + code());
    }
}

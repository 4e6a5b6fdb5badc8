package fr.bocage.network.actor;

import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;

/** What kind of organisation an actor is; its API name is also its search facet value ({@code actorKind}). */
public enum ActorKind {
    ASSOCIATION, CPIE, MUNICIPALITY, INTERMUNICIPALITY, DEPARTMENT, REGION, REGIONAL_NATURE_PARK, PUBLIC_BODY,
    COMPANY, CONSULTANCY, EDUCATION, CITIZEN_GROUP, OTHER;

    public String code() {
        return ApiNames.of(this);
    }

    /** « Association », « CPIE », « Commune »… */
    public String label() {
        return Messages.get("actor.kind." + code());
    }
}

package fr.bocage.network.action;

import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;

/**
 * The public scheme an action belongs to, which the network reports to (the OFB, the partners of « Engagés pour la
 * nature »); its API name is also its search facet value.
 */
public enum ActionScheme {
    ENGAGED_FOR_NATURE, BIODIVERSITY_ATLAS, GREEN_BLUE_GRID, NATURA_2000, TERRITORY_CONTRACT, OTHER;

    public String code() {
        return ApiNames.of(this);
    }

    /** « Engagés pour la nature », « Atlas de la biodiversité communale »… */
    public String label() {
        return Messages.get("action.scheme." + code());
    }
}

package fr.bocage.network.action;

import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;

/** Where an action stands; its API name (planned, ongoing, completed) is also its search facet value. */
public enum ActionProgress {
    PLANNED, ONGOING, COMPLETED;

    public String code() {
        return ApiNames.of(this);
    }

    /** « En projet », « En cours », « Terminée ». */
    public String label() {
        return Messages.get("action.progress." + code());
    }
}

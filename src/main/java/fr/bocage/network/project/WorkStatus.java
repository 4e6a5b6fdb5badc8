package fr.bocage.network.project;

import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;

/** Where an action of a work plan stands; the timeline draws each with its own colour and pattern. */
public enum WorkStatus {
    PLANNED, UNDER_WAY, DONE;

    public String code() {
        return ApiNames.of(this);
    }

    public String label() {
        return Messages.get("project.status." + code());
    }
}

package fr.bocage.network.project;

import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;

/** What kind of action of a work plan: the steps cooperation projects are made of. */
public enum WorkKind {
    SELF_DIAGNOSIS, REMOTE_ACTIVITY, GATHERING, WEBINAR_SERIES, SEMINAR, COMMUNICATION, OTHER;

    public String code() {
        return ApiNames.of(this);
    }

    public String label() {
        return Messages.get("project.kind." + code());
    }
}

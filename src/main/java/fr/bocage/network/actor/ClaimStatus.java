package fr.bocage.network.actor;

import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;

/** Where a claim to represent an actor stands: waiting for a moderator, confirmed, or refused. */
public enum ClaimStatus {
    PENDING, CONFIRMED, REFUSED;

    public String code() {
        return ApiNames.of(this);
    }

    public String label() {
        return Messages.get("actor.claim.status." + code());
    }
}

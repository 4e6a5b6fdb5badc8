package fr.bocage.network.actor;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** A claim to represent an actor, as its claimant and the moderators see it. */
@JsonbPropertyOrder({"id", "actorId", "username", "status", "claimedAt", "decidedBy", "decidedAt"})
public record ClaimView(long id, long actorId, String username, String status, Instant claimedAt, String decidedBy,
        Instant decidedAt) {

    static ClaimView of(Claim c) {
        return new ClaimView(c.getId(), c.getActorId(), c.getUsername(), c.getStatus().code(), c.getClaimedAt(),
                c.getDecidedBy(), c.getDecidedAt());
    }
}

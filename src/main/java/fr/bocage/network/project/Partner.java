package fr.bocage.network.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An organisation of the actor directory taking part in a project; a technical partner supports the others. */
@Embeddable
public class Partner {
    @Column(name = "ACTOR_ID", nullable = false)
    private Long actorId;

    @Column(name = "TECHNICAL", nullable = false)
    private boolean technical;

    protected Partner() {
    }

    Partner(long actorId, boolean technical) {
        this.actorId = actorId;
        this.technical = technical;
    }

    public long getActorId() {
        return actorId;
    }

    public boolean isTechnical() {
        return technical;
    }
}

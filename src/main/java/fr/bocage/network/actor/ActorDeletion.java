package fr.bocage.network.actor;

import fr.bocage.catalog.ResourceDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Deleting an actor's resource deletes its claims and its actor, in the same transaction. */
@ApplicationScoped
public class ActorDeletion {

    @Inject
    ActorRepository actors;

    @Inject
    ClaimRepository claims;

    void onDelete(@Observes ResourceDeleted deleted) {
        actors.find(deleted.id()).ifPresent(actor -> {
            claims.removeOf(actor.getId());
            actors.remove(actor);
        });
    }
}

package fr.bocage.network.partnership;

import fr.bocage.catalog.ResourceDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Deleting a partnership's resource deletes its partnership; deleting an actor's takes it out of the partnerships it
 * was a party to. In the same transaction.
 */
@ApplicationScoped
public class PartnershipDeletion {

    @Inject
    PartnershipRepository partnerships;

    void onDelete(@Observes ResourceDeleted deleted) {
        partnerships.find(deleted.id()).ifPresent(partnerships::remove);
        partnerships.withParty(deleted.id()).forEach(p -> p.forget(deleted.id()));
    }
}

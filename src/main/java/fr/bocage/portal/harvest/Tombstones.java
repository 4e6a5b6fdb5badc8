package fr.bocage.portal.harvest;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Leaves a tombstone of a deleted resource that harvesters could have seen, in the deleting transaction (the event
 * comes before the row goes): if the deletion rolls back, so does the tombstone. Drafts and members-only resources
 * leave none, as nothing of them was ever harvestable.
 */
@ApplicationScoped
public class Tombstones {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    void onDelete(@Observes ResourceDeleted deleted) {
        Resource resource = em.find(Resource.class, deleted.id());
        if (resource == null) {
            return;
        }
        Resource parent = resource.getPartOf() == null ? null : em.find(Resource.class, resource.getPartOf());
        if (Harvestable.everShown(resource, parent)) {
            em.persist(new ResourceTombstone(resource.getId(), resource.description().type(),
                    resource.description().themes(), Instant.now()));
        }
    }
}

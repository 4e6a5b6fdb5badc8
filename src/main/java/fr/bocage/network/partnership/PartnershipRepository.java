package fr.bocage.network.partnership;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The partnerships' rows, and the resources they belong to. */
@ApplicationScoped
public class PartnershipRepository {
    /** The resource type of partnerships, a term of the type vocabulary. */
    public static final String TYPE = "partnership";

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    public Optional<Partnership> find(long id) {
        return Optional.ofNullable(em.find(Partnership.class, id));
    }

    public Partnership existing(long id) {
        return find(id).orElseThrow(() -> new NotFound(Messages.format("partnership.not-found", id)));
    }

    void persist(Partnership partnership) {
        em.persist(partnership);
    }

    void remove(Partnership partnership) {
        em.remove(partnership);
    }

    List<Partnership> withParty(long actor) {
        return em.createNamedQuery(Partnership.WITH_PARTY, Partnership.class).setParameter("actor", actor)
                .getResultList();
    }

    /** A resource with its partnership, the newest convention first: one query for a whole list. */
    record Described(Resource resource, Partnership partnership) {
    }

    /** The published partnerships, those of {@code programme} only when it is given. */
    List<Described> published(Long programme) {
        String query = "SELECT r, p FROM Resource r, Partnership p WHERE r.id = p.id AND r.status = :status"
                + (programme == null ? "" : " AND p.programmeId = :programme")
                + " ORDER BY p.startYear DESC, r.title";
        var typed = em.createQuery(query, Object[].class).setParameter("status", ResourceStatus.PUBLISHED);
        if (programme != null) {
            typed.setParameter("programme", programme);
        }
        return typed.getResultList().stream().map(row -> new Described((Resource) row[0], (Partnership) row[1]))
                .toList();
    }
}

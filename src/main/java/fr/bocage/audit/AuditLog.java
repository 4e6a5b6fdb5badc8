package fr.bocage.audit;

import fr.bocage.platform.rest.ApiNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The history of every resource: who changed what, from which status to which, and why. */
@ApplicationScoped
public class AuditLog {
    /** The API name of the catalog's published status, below which this floor cannot see (names never change). */
    static final String PUBLISHED = "published";

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    /**
     * Records a change; joins the caller's transaction, so the event exists exactly when the change does.
     *
     * @param from    the status before, null for a creation
     * @param to      the status after, null for a deletion
     * @param message what the actor said about it, or null
     */
    @Transactional
    public void record(long resourceId, String actor, AuditAction action, Enum<?> from, Enum<?> to, String message) {
        record(resourceId, actor, action, from, to, message, null);
    }

    /** @param snapshot what the actor saw of the resource, kept with the event (JSON), or null */
    @Transactional
    public void record(long resourceId, String actor, AuditAction action, Enum<?> from, Enum<?> to, String message,
            String snapshot) {
        em.persist(new AuditEvent(resourceId, actor, action, ApiNames.of(from), ApiNames.of(to), message, snapshot));
    }

    /** When a resource first reached a status (created in it or moved to it), if it ever did. */
    @Transactional
    public Optional<Instant> firstReached(long resourceId, Enum<?> status) {
        return Optional.ofNullable(em.createQuery("SELECT MIN(e.occurredAt) FROM AuditEvent e"
                        + " WHERE e.resourceId = :resourceId AND e.toStatus = :status", Instant.class)
                .setParameter("resourceId", resourceId).setParameter("status", ApiNames.of(status))
                .getSingleResult());
    }

    /**
     * The resources that became published in [{@code from}, {@code to}), the latest first, at most {@code max}: each
     * with the last time it did (a resource withdrawn and published again is news again). A change to a resource
     * already published is no publication. Whether it is still published is the caller's to check (the public
     * index's rules).
     */
    @Transactional
    public List<Publication> publications(Instant from, Instant to, int max) {
        return em.createQuery("SELECT e.resourceId, MAX(e.occurredAt) AS latest FROM AuditEvent e"
                        + " WHERE e.toStatus = :published AND (e.fromStatus IS NULL OR e.fromStatus <> :published)"
                        + " AND e.occurredAt >= :from AND e.occurredAt < :to"
                        + " GROUP BY e.resourceId ORDER BY latest DESC", Object[].class)
                .setParameter("published", PUBLISHED).setParameter("from", from).setParameter("to", to)
                .setMaxResults(max).getResultStream()
                .map(row -> new Publication(((Number) row[0]).longValue(), (Instant) row[1])).toList();
    }

    /** The events of a resource, oldest first; still there after the resource was deleted. */
    @Transactional
    public List<AuditEvent> of(long resourceId) {
        return em.createNamedQuery(AuditEvent.OF_RESOURCE, AuditEvent.class)
                .setParameter("resourceId", resourceId)
                .getResultList();
    }
}

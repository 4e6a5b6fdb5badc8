package fr.bocage.event.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The registrations' rows. */
@ApplicationScoped
public class RegistrationRepository {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    /** Those confirmed or waiting, in order: the pending ones are no registration yet. */
    public List<Registration> of(EventKey event) {
        return of(em.createNamedQuery(Registration.REGISTERED_OF_EVENT, Registration.class), event).getResultList();
    }

    /** Every row of the event, pending ones too. */
    public List<Registration> allOf(EventKey event) {
        return of(em.createNamedQuery(Registration.OF_EVENT, Registration.class), event).getResultList();
    }

    /** Every row of every event of a resource (a course's sessions), pending ones too. */
    public List<Registration> allOfResource(long resource) {
        return em.createNamedQuery(Registration.OF_RESOURCE, Registration.class).setParameter("resource", resource)
                .getResultList();
    }

    private static <T> TypedQuery<T> of(TypedQuery<T> query, EventKey event) {
        return query.setParameter("resource", event.resource()).setParameter("session", event.session());
    }

    Optional<Registration> find(long id) {
        return Optional.ofNullable(em.find(Registration.class, id));
    }

    public Optional<Registration> byEmail(EventKey event, String email) {
        return of(em.createNamedQuery(Registration.BY_EMAIL, Registration.class), event)
                .setParameter("email", email.toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    Optional<Registration> byTokenHash(String hash) {
        return em.createNamedQuery(Registration.BY_TOKEN, Registration.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    Optional<Registration> pendingByConfirmHash(String hash) {
        return em.createNamedQuery(Registration.BY_CONFIRM_TOKEN, Registration.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    /** What {@code email} asked for since {@code since}, across events. */
    record AddressActivity(long count, Instant oldest) {
    }

    AddressActivity ofAddressSince(String email, Instant since) {
        Object[] row = em.createNamedQuery(Registration.OF_ADDRESS_SINCE, Object[].class)
                .setParameter("email", email.toLowerCase(Locale.ROOT)).setParameter("since", since).getSingleResult();
        return new AddressActivity(((Number) row[0]).longValue(), (Instant) row[1]);
    }

    /** Deletes the pending registrations whose link expired and that no longer count for their address. */
    void purgePending(Instant now, Instant before) {
        em.createNamedQuery(Registration.PURGE_PENDING).setParameter("now", now).setParameter("before", before)
                .executeUpdate();
    }

    public long count(EventKey event, RegistrationStatus status) {
        return of(em.createNamedQuery(Registration.COUNT_BY_STATUS, Long.class), event).setParameter("status", status)
                .getSingleResult();
    }

    /** 1 for the first person waiting. */
    public long positionOf(Registration waiting) {
        return of(em.createNamedQuery(Registration.WAITING_BEFORE, Long.class), waiting.event())
                .setParameter("at", waiting.getRegisteredAt()).setParameter("id", waiting.getId())
                .getSingleResult() + 1;
    }

    Optional<Registration> firstWaiting(EventKey event) {
        return of(em.createNamedQuery(Registration.FIRST_WAITING, Registration.class), event)
                .setMaxResults(1).getResultStream().findFirst();
    }

    void persist(Registration registration) {
        em.persist(registration);
        em.flush();
    }

    public void remove(Registration registration) {
        em.remove(registration);
        em.flush();
    }
}

package fr.bocage.training.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    public List<Registration> of(long webinarId) {
        return em.createNamedQuery(Registration.REGISTERED_OF_WEBINAR, Registration.class)
                .setParameter("webinar", webinarId).getResultList();
    }

    /** Every row of the webinar, pending ones too. */
    List<Registration> allOf(long webinarId) {
        return em.createNamedQuery(Registration.OF_WEBINAR, Registration.class).setParameter("webinar", webinarId)
                .getResultList();
    }

    Optional<Registration> find(long id) {
        return Optional.ofNullable(em.find(Registration.class, id));
    }

    Optional<Registration> byEmail(long webinarId, String email) {
        return em.createNamedQuery(Registration.BY_EMAIL, Registration.class).setParameter("webinar", webinarId)
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

    /** What {@code email} asked for since {@code since}, across webinars. */
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

    public long count(long webinarId, RegistrationStatus status) {
        return em.createNamedQuery(Registration.COUNT_BY_STATUS, Long.class).setParameter("webinar", webinarId)
                .setParameter("status", status).getSingleResult();
    }

    /** 1 for the first person waiting. */
    public long positionOf(Registration waiting) {
        return em.createNamedQuery(Registration.WAITING_BEFORE, Long.class)
                .setParameter("webinar", waiting.getWebinarId()).setParameter("at", waiting.getRegisteredAt())
                .setParameter("id", waiting.getId())
                .getSingleResult() + 1;
    }

    Optional<Registration> firstWaiting(long webinarId) {
        return em.createNamedQuery(Registration.FIRST_WAITING, Registration.class).setParameter("webinar", webinarId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    void persist(Registration registration) {
        em.persist(registration);
        em.flush();
    }

    void remove(Registration registration) {
        em.remove(registration);
        em.flush();
    }
}

package fr.bocage.training.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The registrations' rows. */
@ApplicationScoped
public class RegistrationRepository {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    public List<Registration> of(long webinarId) {
        return em.createNamedQuery(Registration.OF_WEBINAR, Registration.class).setParameter("webinar", webinarId)
                .getResultList();
    }

    Optional<Registration> find(long id) {
        return Optional.ofNullable(em.find(Registration.class, id));
    }

    boolean exists(long webinarId, String email) {
        return byEmail(webinarId, email).isPresent();
    }

    Optional<Registration> byEmail(long webinarId, String email) {
        return em.createNamedQuery(Registration.BY_EMAIL, Registration.class).setParameter("webinar", webinarId)
                .setParameter("email", email.toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    Optional<Registration> byTokenHash(String hash) {
        return em.createNamedQuery(Registration.BY_TOKEN, Registration.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    public long count(long webinarId, RegistrationStatus status) {
        return em.createNamedQuery(Registration.COUNT_BY_STATUS, Long.class).setParameter("webinar", webinarId)
                .setParameter("status", status).getSingleResult();
    }

    /** 1 for the first person waiting. */
    public long positionOf(Registration waiting) {
        return em.createNamedQuery(Registration.WAITING_BEFORE, Long.class)
                .setParameter("webinar", waiting.getWebinarId()).setParameter("id", waiting.getId())
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

package fr.bocage.training.webinar;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The webinars' rows. */
@ApplicationScoped
public class WebinarRepository {
    /** The resource type of webinars, a term of the type vocabulary. */
    public static final String TYPE = "webinar";

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    public Optional<Webinar> find(long id) {
        return Optional.ofNullable(em.find(Webinar.class, id));
    }

    public Webinar existing(long id) {
        return find(id).orElseThrow(() -> new NotFound(Messages.format("webinar.not-found", id)));
    }

    void persist(Webinar webinar) {
        em.persist(webinar);
    }

    void remove(Webinar webinar) {
        em.remove(webinar);
    }

    /** Those not over yet, the soonest first. */
    public List<Webinar> upcoming(Instant now) {
        return em.createNamedQuery(Webinar.ENDING_AFTER, Webinar.class).setParameter("now", now).getResultList();
    }

    /** Those over, the latest first. */
    public List<Webinar> past(Instant now) {
        return em.createNamedQuery(Webinar.ENDED_BY, Webinar.class).setParameter("now", now).getResultList();
    }
}

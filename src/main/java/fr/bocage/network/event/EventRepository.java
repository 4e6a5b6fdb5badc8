package fr.bocage.network.event;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The events' rows. */
@ApplicationScoped
public class EventRepository {
    /** The resource type of events, a term of the type vocabulary. */
    public static final String TYPE = "event";
    /** The resource type of actors (fr.bocage.network.actor): an event's organiser is one. */
    static final String ACTOR_TYPE = "actor";

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    public Optional<NetworkEvent> find(long id) {
        return Optional.ofNullable(em.find(NetworkEvent.class, id));
    }

    /** The event, its row locked until the transaction ends (registrations queue up behind a change). */
    Optional<NetworkEvent> locked(long id) {
        return Optional.ofNullable(em.find(NetworkEvent.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public NetworkEvent existing(long id) {
        return find(id).orElseThrow(() -> new NotFound(Messages.format("event.not-found", id)));
    }

    void persist(NetworkEvent event) {
        em.persist(event);
    }

    void remove(NetworkEvent event) {
        em.remove(event);
    }

    /** Those not yet over, soonest first; whatever their status (the caller filters what the reader may see). */
    List<NetworkEvent> upcoming(Instant now) {
        return em.createNamedQuery(NetworkEvent.ENDING_AFTER, NetworkEvent.class).setParameter("now", now)
                .getResultList();
    }

    /** Those of a network not yet over, soonest first, whatever their status. */
    List<NetworkEvent> upcomingIn(long networkId, Instant now) {
        return em.createNamedQuery(NetworkEvent.IN_NETWORK_ENDING_AFTER, NetworkEvent.class)
                .setParameter("network", networkId).setParameter("now", now).getResultList();
    }

    /** Those over, latest first. */
    List<NetworkEvent> past(Instant now) {
        return em.createNamedQuery(NetworkEvent.ENDED_BY, NetworkEvent.class).setParameter("now", now)
                .getResultList();
    }
}

package fr.bocage.network.list;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ListMessageRepository {
    /** The archive shows this many messages, the newest. */
    static final int ARCHIVE_SIZE = 200;

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    void persist(ListMessage message) {
        em.persist(message);
        em.flush();
    }

    /** A message of that network, or nothing (another network's message is as unknown as a missing one). */
    Optional<ListMessage> find(long networkId, long id) {
        return Optional.ofNullable(em.find(ListMessage.class, id)).filter(m -> m.getNetworkId() == networkId);
    }

    /** Newest first. */
    List<ListMessage> inStatus(long networkId, ListMessageStatus status) {
        return em.createNamedQuery(ListMessage.IN_STATUS, ListMessage.class).setParameter("network", networkId)
                .setParameter("status", status).setMaxResults(ARCHIVE_SIZE).getResultList();
    }
}

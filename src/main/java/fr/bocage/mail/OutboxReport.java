package fr.bocage.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox as its administrators see it: how many messages wait, went out or were given up, the last ones given
 * up with their error, and a second chance for those (the mail server was down longer than the retries lasted).
 */
@ApplicationScoped
public class OutboxReport {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    /** The count of every state, zero for a state no message is in. */
    public Map<MailState, Long> counts() {
        Map<MailState, Long> counts = new EnumMap<>(MailState.class);
        for (MailState state : MailState.values()) {
            counts.put(state, 0L);
        }
        for (Object[] row : em.createNamedQuery(MailMessage.COUNT_BY_STATE, Object[].class).getResultList()) {
            counts.put((MailState) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The latest messages given up, newest first. */
    public List<OutboxFailure> failures(int max) {
        return em.createNamedQuery(MailMessage.FAILURES, OutboxFailure.class).setMaxResults(max).getResultList();
    }

    /** Puts every message given up back in the queue with all its tries; returns how many. */
    @Transactional
    public int retryFailed() {
        return em.createNamedQuery(MailMessage.RETRY).setParameter("now", Instant.now()).executeUpdate();
    }
}

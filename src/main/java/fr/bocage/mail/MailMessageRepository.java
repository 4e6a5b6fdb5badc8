package fr.bocage.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/** The outbox table: what is due, and the outcome of each try, each in its own short transaction. */
@ApplicationScoped
public class MailMessageRepository {
    private static final Logger LOG = Logger.getLogger(MailMessageRepository.class.getName());

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Transactional
    public List<MailMessage> due(int max) {
        return em.createNamedQuery(MailMessage.DUE, MailMessage.class)
                .setParameter("now", Instant.now())
                .setMaxResults(max)
                .getResultList();
    }

    @Transactional
    public byte[] mimeOf(long id) {
        return em.find(MailMessage.class, id).mime();
    }

    /** Messages sent or to be sent to an address, oldest first. */
    @Transactional
    public List<MailMessage> to(String recipient) {
        return em.createNamedQuery(MailMessage.TO, MailMessage.class).setParameter("recipient", recipient).getResultList();
    }

    /**
     * @param error       null when the try succeeded
     * @param firstRetry  the delay after the first failure, doubled after each further one
     */
    @Transactional
    public void record(long id, String error, int maxAttempts, Duration firstRetry) {
        MailMessage message = em.find(MailMessage.class, id);
        if (error == null) {
            message.sent(Instant.now());
            return;
        }
        boolean last = message.getAttempts() + 1 >= maxAttempts;
        message.failed(error, last ? null : Instant.now().plus(firstRetry.multipliedBy(1L << message.getAttempts())));
        if (last) {
            LOG.severe(() -> "E-mail " + id + " to " + message.getRecipient() + " given up after " + maxAttempts
                    + " tries: " + error);
        } else {
            LOG.warning(() -> "E-mail " + id + " not delivered (try " + message.getAttempts() + "), retried later: " + error);
        }
    }
}

package fr.bocage.network.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The newsletter's subscribers. */
@ApplicationScoped
public class SubscriberRepository {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Transactional
    public Optional<Subscriber> byEmail(String email) {
        return em.createQuery("SELECT s FROM Subscriber s WHERE s.email = :email", Subscriber.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    @Transactional
    public Optional<Subscriber> byTokenHash(String hash) {
        return em.createQuery("SELECT s FROM Subscriber s WHERE s.tokenHash = :hash", Subscriber.class)
                .setParameter("hash", hash).getResultStream().findFirst();
    }

    @Transactional
    public Optional<Subscriber> find(long id) {
        return Optional.ofNullable(em.find(Subscriber.class, id));
    }

    @Transactional
    public void persist(Subscriber subscriber) {
        em.persist(subscriber);
    }

    @Transactional
    public void remove(Subscriber subscriber) {
        em.remove(em.contains(subscriber) ? subscriber : em.merge(subscriber));
    }

    /** Erases the pending subscriptions whose link expired: an address never confirmed is not kept. */
    @Transactional
    public int erasePendingExpiredBefore(Instant now) {
        return em.createQuery("DELETE FROM Subscriber s WHERE s.status = :pending AND s.tokenExpiresAt < :now")
                .setParameter("pending", Subscriber.Status.PENDING).setParameter("now", now).executeUpdate();
    }

    @Transactional
    public long countConfirmed() {
        return em.createQuery("SELECT COUNT(s) FROM Subscriber s WHERE s.status = :confirmed", Long.class)
                .setParameter("confirmed", Subscriber.Status.CONFIRMED).getSingleResult();
    }

    /** The next confirmed subscribers after {@code afterId}, by id: one batch of a sending. */
    @Transactional
    public List<Subscriber> confirmedAfter(long afterId, int size) {
        return em.createQuery("SELECT s FROM Subscriber s WHERE s.status = :confirmed AND s.id > :after ORDER BY s.id",
                        Subscriber.class)
                .setParameter("confirmed", Subscriber.Status.CONFIRMED).setParameter("after", afterId)
                .setMaxResults(size).getResultList();
    }

    /** Adds confirmed subscribers {@code <prefix>-<n>@<domain>} for n in [from, to), skipping existing ones. */
    @Transactional
    public int addConfirmed(String prefix, String domain, int from, int to, List<String> themes) {
        int added = 0;
        Instant now = Instant.now();
        for (int n = from; n < to; n++) {
            String email = prefix + "-" + n + "@" + domain;
            if (byEmail(email).isEmpty()) {
                em.persist(Subscriber.confirmed(email, themes, now));
                added++;
            }
        }
        return added;
    }
}

package fr.bocage.network.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** The contact messages kept: written with their e-mail, erased once their retention period is over. */
@ApplicationScoped
public class ContactRepository {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Transactional
    public void persist(ContactMessage message) {
        em.persist(message);
    }

    @Transactional
    public Optional<ContactMessage> find(long id) {
        return Optional.ofNullable(em.find(ContactMessage.class, id));
    }

    /** Erases the messages written before {@code before}; how many. */
    @Transactional
    public int eraseBefore(Instant before) {
        return em.createNamedQuery(ContactMessage.ERASE_BEFORE).setParameter("before", before).executeUpdate();
    }
}

package fr.bocage.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The saved searches in the database. */
@ApplicationScoped
public class SavedSearchRepository {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    public List<SavedSearch> ofOwner(String owner) {
        return em.createNamedQuery(SavedSearch.OF_OWNER, SavedSearch.class).setParameter("owner", owner)
                .getResultList();
    }

    public long countOfOwner(String owner) {
        return em.createNamedQuery(SavedSearch.COUNT_OF_OWNER, Long.class).setParameter("owner", owner)
                .getSingleResult();
    }

    public Optional<SavedSearch> find(long id) {
        return Optional.ofNullable(em.find(SavedSearch.class, id));
    }

    public Optional<SavedSearch> byFeedToken(String token) {
        return em.createNamedQuery(SavedSearch.BY_FEED_TOKEN, SavedSearch.class).setParameter("token", token)
                .getResultStream().findFirst();
    }

    public Optional<SavedSearch> byStopToken(String token) {
        return em.createNamedQuery(SavedSearch.BY_STOP_TOKEN, SavedSearch.class).setParameter("token", token)
                .getResultStream().findFirst();
    }

    /** The ids of the searches whose digest is on, due or not. */
    @jakarta.transaction.Transactional
    public List<Long> withDigest() {
        return em.createNamedQuery(SavedSearch.WITH_DIGEST, Long.class).setParameter("none", DigestFrequency.NONE)
                .getResultList();
    }

    public void persist(SavedSearch search) {
        em.persist(search);
    }

    public void remove(SavedSearch search) {
        em.remove(search);
    }
}

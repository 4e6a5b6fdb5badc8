package fr.bocage.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ImportJobRepository {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    /** Persists a new job; the instance, with its id, is detached again once this commits. */
    @Transactional
    public ImportJob insert(ImportJob job) {
        em.persist(job);
        em.flush();
        return job;
    }

    /** Writes the job's current state; the caller holds the job's lock so that no row changes it meanwhile. */
    @Transactional
    public void save(ImportJob job) {
        em.merge(job);
    }

    public Optional<ImportJob> find(long id) {
        return Optional.ofNullable(em.find(ImportJob.class, id));
    }

    public List<ImportJob> recent(int limit) {
        return em.createNamedQuery(ImportJob.RECENT, ImportJob.class).setMaxResults(limit).getResultList();
    }

    /** Marks the jobs a stop cut short; returns how many there were. */
    @Transactional
    public int interruptRunning(String message) {
        return em.createNamedQuery(ImportJob.INTERRUPT)
                .setParameter("interrupted", ImportState.INTERRUPTED)
                .setParameter("running", ImportState.RUNNING)
                .setParameter("message", message)
                .setParameter("now", Instant.now())
                .executeUpdate();
    }
}

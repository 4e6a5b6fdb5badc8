package fr.bocage.network.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The newsletter's issues and their items. */
@ApplicationScoped
public class IssueRepository {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Transactional
    public Optional<Issue> find(long id) {
        return Optional.ofNullable(em.find(Issue.class, id));
    }

    /** The issue, its row locked until the caller's transaction ends: one change (or batch) at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Issue> locked(long id) {
        return Optional.ofNullable(em.find(Issue.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Transactional
    public Optional<Issue> byNumber(int number) {
        return em.createQuery("SELECT i FROM Issue i WHERE i.number = :number AND i.status = :sent", Issue.class)
                .setParameter("number", number).setParameter("sent", Issue.Status.SENT)
                .getResultStream().findFirst();
    }

    @Transactional
    public void persist(Issue issue) {
        em.persist(issue);
    }

    @Transactional
    public void remove(Issue issue) {
        em.createQuery("DELETE FROM IssueItem i WHERE i.issueId = :issue").setParameter("issue", issue.getId())
                .executeUpdate();
        em.remove(em.contains(issue) ? issue : em.merge(issue));
    }

    /** Every issue, newest first (the animators' list). */
    @Transactional
    public List<Issue> all() {
        return em.createQuery("SELECT i FROM Issue i ORDER BY i.id DESC", Issue.class).getResultList();
    }

    /** The sent issues, newest first: the archive. */
    @Transactional
    public List<Issue> sent() {
        return em.createQuery("SELECT i FROM Issue i WHERE i.status = :sent ORDER BY i.number DESC", Issue.class)
                .setParameter("sent", Issue.Status.SENT).getResultList();
    }

    @Transactional
    public List<Issue> inStatus(Issue.Status status) {
        return em.createQuery("SELECT i FROM Issue i WHERE i.status = :status ORDER BY i.id", Issue.class)
                .setParameter("status", status).getResultList();
    }

    /** The last number given, 0 before the first issue. */
    @Transactional
    public int lastNumber() {
        Integer last = em.createQuery("SELECT MAX(i.number) FROM Issue i", Integer.class).getSingleResult();
        return last == null ? 0 : last;
    }

    /** The start of the last issue sent or sending: a new issue proposes what was published since. */
    @Transactional
    public Optional<java.time.Instant> lastStart() {
        // The entity, not MAX(startedAt): the attribute's converter applies to entities for sure.
        return em.createQuery("SELECT i FROM Issue i WHERE i.startedAt IS NOT NULL ORDER BY i.startedAt DESC",
                Issue.class).setMaxResults(1).getResultStream().findFirst().map(Issue::getStartedAt);
    }

    @Transactional
    public List<IssueItem> itemsOf(long issueId) {
        return em.createQuery("SELECT i FROM IssueItem i WHERE i.issueId = :issue ORDER BY i.place, i.id",
                IssueItem.class).setParameter("issue", issueId).getResultList();
    }

    @Transactional
    public void persist(IssueItem item) {
        em.persist(item);
    }

    @Transactional
    public void remove(IssueItem item) {
        em.remove(em.contains(item) ? item : em.merge(item));
    }
}

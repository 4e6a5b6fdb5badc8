package fr.bocage.network.action;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The published actions with their resources, for the exports: nothing unpublished ever goes out. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedActions {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    /** By id. */
    public List<DescribedAction> all() {
        return em.createQuery("SELECT r, a FROM Resource r, Action a WHERE a.id = r.id AND r.status = :published"
                        + " ORDER BY r.id", Object[].class)
                .setParameter("published", ResourceStatus.PUBLISHED).getResultStream()
                .map(row -> new DescribedAction((Resource) row[0], (Action) row[1])).toList();
    }
}

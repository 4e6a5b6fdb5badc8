package fr.bocage.network.action;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceStatus;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The actions' rows. */
@ApplicationScoped
public class ActionRepository {
    /** The resource type of actions, a term of the type vocabulary. */
    public static final String TYPE = "action";
    /** The resource type of actors (fr.bocage.network.actor): actions name them by resource id. */
    public static final String ACTOR_TYPE = "actor";

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    public Optional<Action> find(long id) {
        return Optional.ofNullable(em.find(Action.class, id));
    }

    public Action existing(long id) {
        return find(id).orElseThrow(() -> new NotFound(Messages.format("action.not-found", id)));
    }

    void persist(Action action) {
        em.persist(action);
    }

    void remove(Action action) {
        em.remove(action);
    }

    /** The actions among {@code ids} (a page of search hits), by id. */
    Map<Long, Action> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Action.BY_IDS, Action.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Action::getId, Function.identity()));
    }

    /** The published actors' ids (resources of type actor), oldest first: the demo actions' lead actors. */
    public List<Long> publishedActors() {
        return em.createQuery("SELECT r.id FROM Resource r WHERE r.type = :type AND r.status = :published ORDER BY r.id",
                        Long.class).setParameter("type", ACTOR_TYPE)
                .setParameter("published", ResourceStatus.PUBLISHED).getResultList();
    }

    /** The ids of the actions, whatever their status, titled exactly {@code title}. */
    List<Long> idsTitled(String title) {
        return em.createQuery("SELECT r.id FROM Resource r WHERE r.type = :type AND r.title = :title ORDER BY r.id",
                Long.class).setParameter("type", TYPE).setParameter("title", title).getResultList();
    }

    /** The ids of the published actors named exactly {@code name}: one, none, or more (then ambiguous). */
    List<Long> publishedActorsNamed(String name) {
        return em.createQuery("SELECT r.id FROM Resource r WHERE r.type = :type AND r.status = :published"
                        + " AND r.title = :title ORDER BY r.id", Long.class).setParameter("type", ACTOR_TYPE)
                .setParameter("published", ResourceStatus.PUBLISHED).setParameter("title", name).getResultList();
    }

    /** The published actions an actor led or joined, by title. */
    public List<Resource> publishedOfActor(long actorId) {
        return em.createQuery("SELECT DISTINCT r FROM Resource r, Action a LEFT JOIN a.partners p WHERE r.id = a.id"
                        + " AND r.status = :published AND (a.leadActor = :actor OR p = :actor) ORDER BY r.title",
                        Resource.class).setParameter("published", ResourceStatus.PUBLISHED)
                .setParameter("actor", actorId).getResultList();
    }

    /** The ids of the actions that list the resource {@code resourceId} among the resources they used. */
    @SuppressWarnings("unchecked")
    public List<Long> usingResource(long resourceId) {
        List<Number> ids = em.createNativeQuery(
                        "SELECT ACTION_ID FROM ACTION_LINK WHERE RESOURCE_ID = ? ORDER BY ACTION_ID")
                .setParameter(1, resourceId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}

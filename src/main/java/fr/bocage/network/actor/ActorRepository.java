package fr.bocage.network.actor;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The actors' rows. */
@ApplicationScoped
public class ActorRepository {
    /** The resource type of actors, a term of the type vocabulary. */
    public static final String TYPE = "actor";

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    public Optional<Actor> find(long id) {
        return Optional.ofNullable(em.find(Actor.class, id));
    }

    public Actor existing(long id) {
        return find(id).orElseThrow(() -> new NotFound(Messages.format("actor.not-found", id)));
    }

    /** The ids of the actors, whatever their status, named exactly {@code name}. */
    List<Long> idsNamed(String name) {
        return em.createQuery("SELECT r.id FROM Resource r WHERE r.type = :type AND r.title = :title ORDER BY r.id",
                Long.class).setParameter("type", TYPE).setParameter("title", name).getResultList();
    }

    void persist(Actor actor) {
        em.persist(actor);
    }

    void remove(Actor actor) {
        em.remove(actor);
    }

    /** The published actors with their resource, by id, in one query (the export's rows). */
    List<ActorView> published() {
        return em.createQuery("SELECT r, a FROM Resource r, Actor a WHERE a.id = r.id AND r.status = :published"
                        + " ORDER BY r.id", Object[].class)
                .setParameter("published", ResourceStatus.PUBLISHED).getResultStream()
                .map(row -> ActorView.of((Resource) row[0], (Actor) row[1])).toList();
    }

    /** The actors among {@code ids} (a page of search hits), by id. */
    Map<Long, Actor> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Actor.BY_IDS, Actor.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Actor::getId, Function.identity()));
    }
}

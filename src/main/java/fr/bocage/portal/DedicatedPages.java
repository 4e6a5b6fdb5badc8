package fr.bocage.portal;

import fr.bocage.catalog.Resource;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * A feature whose resources have pages of their own, richer than the resource page that search links to (webinars,
 * courses; later actions, events…). The resource page sends visitors there; the feature implements this.
 */
public interface DedicatedPages {
    /** The portal path of the resource's own page, if this feature gives it one. */
    Optional<String> pageOf(Resource resource);

    /**
     * The portal paths of the pages this feature gives to those of the resources {@code ids} it has, by id: what
     * lists many resources at once (the sitemap) asks this, one query a batch instead of one a resource.
     */
    Map<Long, String> pagesOf(Collection<Long> ids);

    /**
     * The pages of those of {@code ids} that are rows of {@code entity} too (a feature's row shares its resource's
     * id), for the features' {@link #pagesOf}.
     */
    static Map<Long, String> pagesAmong(EntityManager em, Class<?> entity, Collection<Long> ids,
            LongFunction<String> page) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e.id FROM " + entity.getSimpleName() + " e WHERE e.id IN :ids", Long.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(id -> id, page::apply));
    }
}

package fr.bocage.portal;

import fr.bocage.catalog.Resource;
import java.util.Optional;

/**
 * A feature whose resources have pages of their own, richer than the resource page that search links to (webinars,
 * courses; later actions, events…). The resource page sends visitors there; the feature implements this.
 */
public interface DedicatedPages {
    /** The portal path of the resource's own page, if this feature gives it one. */
    Optional<String> pageOf(Resource resource);
}

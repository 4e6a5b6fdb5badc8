package fr.bocage.portal.harvest;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceStatus;
import java.util.Set;

/**
 * Which resources harvesters see: those anybody may read without an account, exactly what the anonymous search
 * shows (published, public, and for a material its training too). A withdrawn one that was public stays as a deleted
 * record. Members-only resources are never harvestable: a harvester is anonymous, and a national portal must not
 * republish what a network keeps for its members. {@link HarvestQueries} says the same in SQL.
 */
final class Harvestable {
    /** Statuses in which a public resource has been seen by harvesters: published, or published then withdrawn. */
    static final Set<ResourceStatus> SEEN = Set.of(ResourceStatus.PUBLISHED, ResourceStatus.WITHDRAWN);

    private Harvestable() {
    }

    /** Shown now, or shown once and withdrawn since: a record, live or deleted. */
    static boolean everShown(Resource resource, Resource parent) {
        return shownAlone(resource) && (parent == null || shownAlone(parent));
    }

    private static boolean shownAlone(Resource resource) {
        return resource.getCircle() == null && SEEN.contains(resource.getStatus());
    }

    /** Live when it and its training are published; otherwise a deleted record. */
    static boolean live(ResourceStatus status, ResourceStatus parentStatus) {
        return status == ResourceStatus.PUBLISHED && (parentStatus == null || parentStatus == ResourceStatus.PUBLISHED);
    }
}

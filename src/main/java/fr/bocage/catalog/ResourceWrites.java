package fr.bocage.catalog;

import fr.bocage.platform.ApiException;
import fr.bocage.platform.Messages;
import fr.bocage.search.IndexChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/**
 * The database writes on resources, each one transaction that also schedules the matching index change: the
 * index follows only what has committed.
 */
@ApplicationScoped
@Transactional
public class ResourceWrites {

    @Inject
    ResourceRepository resources;

    @Inject
    IndexedResources indexed;

    @Inject
    Event<IndexChange> indexChanges;

    public Resource insert(Resource resource) {
        resources.persist(resource);
        indexChanges.fire(IndexChange.upsert(indexed.of(resource)));
        return resource;
    }

    public Resource describe(long id, ResourceDescription description) {
        return update(id, resource -> resource.describe(description));
    }

    public Resource changeStatus(long id, ResourceStatus status) {
        return update(id, resource -> resource.changeStatus(status));
    }

    private Resource update(long id, Consumer<Resource> change) {
        Resource resource = existing(id);
        change.accept(resource);
        resources.flush();
        indexChanges.fire(IndexChange.upsert(indexed.of(resource)));
        return resource;
    }

    /** Removes the row; returns the digest of its file, which the caller forgets once this has committed. */
    public String delete(long id) {
        Resource resource = existing(id);
        resources.remove(resource);
        indexChanges.fire(IndexChange.delete(id));
        return resource.getFile() == null ? null : resource.getFile().getSha256();
    }

    private Resource existing(long id) {
        return resources.find(id).orElseThrow(() -> ApiException.notFound(Messages.format("resource.not-found", id)));
    }
}

package fr.bocage.catalog;

import fr.bocage.platform.ApiException;
import fr.bocage.platform.Messages;
import fr.bocage.search.IndexChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /** A written report's new description and sections, in one change. */
    public Resource rewrite(long id, ResourceDescription description, ReportSections sections) {
        return update(id, resource -> {
            resource.describe(description);
            resource.rewriteReport(sections);
        });
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

    /**
     * Makes a new file the current one and keeps the replaced one as an earlier version.
     *
     * @return the resource, now showing the new file
     */
    public Resource replaceFile(long id, StoredFile file, ExtractionReport extraction, String user) {
        Resource resource = existing(id);
        resources.persist(resource.replaceFile(file, extraction, user, Instant.now()));
        resources.flush();
        indexChanges.fire(IndexChange.upsert(indexed.of(resource)));
        return resource;
    }

    /**
     * Removes the row and its earlier versions; returns the digests of their files, which the caller forgets once
     * this has committed, if no other row owns them.
     */
    public List<String> delete(long id) {
        Resource resource = existing(id);
        List<String> digests = new ArrayList<>(resources.removeVersionsOf(id));
        resources.remove(resource);
        indexChanges.fire(IndexChange.delete(id));
        if (resource.getFile() != null) {
            digests.add(resource.getFile().getSha256());
        }
        return digests;
    }

    private Resource existing(long id) {
        return resources.find(id).orElseThrow(() -> ApiException.notFound(Messages.format("resource.not-found", id)));
    }
}

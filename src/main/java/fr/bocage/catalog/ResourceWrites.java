package fr.bocage.catalog;

import fr.bocage.audit.AuditAction;
import fr.bocage.audit.AuditLog;
import fr.bocage.platform.ApiException;
import fr.bocage.platform.Messages;
import fr.bocage.search.IndexChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The database writes on resources, each one transaction that also records the change in the audit log and
 * schedules the matching index change: the index follows only what has committed.
 */
@ApplicationScoped
@Transactional
public class ResourceWrites {

    @Inject
    ResourceRepository resources;

    @Inject
    IndexedResources indexed;

    @Inject
    AuditLog audit;

    @Inject
    Event<IndexChange> indexChanges;

    public Resource insert(Resource resource) {
        resources.persist(resource);
        audit.record(resource.getId(), resource.getCreatedBy(), AuditAction.CREATE, null, resource.getStatus(), null);
        indexChanges.fire(IndexChange.upsert(indexed.of(resource)));
        return resource;
    }

    public Resource describe(long id, ResourceDescription description, String actor) {
        Resource resource = existing(id);
        resource.describe(description);
        audit.record(id, actor, AuditAction.UPDATE, resource.getStatus(), resource.getStatus(), null);
        return reindexed(resource);
    }

    /** Makes a workflow move the caller has checked; a moderator's decision is kept with its message. */
    public Resource move(long id, WorkflowAction action, String actor, String message) {
        Resource resource = existing(id);
        ResourceStatus from = resource.getStatus();
        if (action.isDecision()) {
            resource.decide(action.target(), actor, message);
        } else {
            resource.changeStatus(action.target());
        }
        audit.record(id, actor, action.audit(), from, action.target(), message);
        return reindexed(resource);
    }

    private Resource reindexed(Resource resource) {
        resources.flush();
        indexChanges.fire(IndexChange.upsert(indexed.of(resource)));
        return resource;
    }

    /** Removes the row; returns the digest of its file, which the caller forgets once this has committed. */
    public String delete(long id, String actor) {
        Resource resource = existing(id);
        resources.remove(resource);
        audit.record(id, actor, AuditAction.DELETE, resource.getStatus(), null, null);
        indexChanges.fire(IndexChange.delete(id));
        return resource.getFile() == null ? null : resource.getFile().getSha256();
    }

    private Resource existing(long id) {
        return resources.find(id).orElseThrow(() -> ApiException.notFound(Messages.format("resource.not-found", id)));
    }
}

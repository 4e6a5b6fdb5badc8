package fr.bocage.catalog;

import fr.bocage.audit.AuditAction;
import fr.bocage.audit.AuditLog;
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
    Vocabularies vocabularies;

    @Inject
    Event<IndexChange> indexChanges;

    @Inject
    Event<ResourceDeleted> deletions;

    @Inject
    Event<ResourceDescribed> descriptions;

    public Resource insert(Resource resource) {
        return insert(resource, r -> {
        });
    }

    /**
     * Inserts a resource with what gives it its meaning elsewhere (a webinar's event): {@code alongside} persists it
     * in the same transaction, once the resource has its id and before the index entry is made from both.
     */
    public Resource insert(Resource resource, Consumer<Resource> alongside) {
        resources.persist(resource);
        alongside.accept(resource);
        audit.record(resource.getId(), resource.getCreatedBy(), AuditAction.CREATE, null, resource.getStatus(), null);
        indexChanges.fire(IndexChange.upsert(indexed.of(resource)));
        parentReindexed(resource);
        return resource;
    }

    public Resource describe(long id, ResourceDescription description, String actor) {
        return describe(id, description, actor, false);
    }

    /**
     * @param changedElsewhere the fields another feature keeps with the resource (an actor's kind, a course's level)
     *                         may have changed: the index entry, which holds them, is written again in any case
     */
    public Resource describe(long id, ResourceDescription description, String actor, boolean changedElsewhere) {
        Resource resource = existing(id);
        if (!changedElsewhere && resource.description().equals(description)) {
            // Nothing changed (a form sent back as it was shown): no update to audit or to index.
            return resource;
        }
        resource.describe(description);
        descriptions.fire(new ResourceDescribed(id, description.themes()));
        return updated(resource, actor, AuditAction.UPDATE, null);
    }

    /** A written report's new description and sections, in one change. */
    public Resource rewrite(long id, ResourceDescription description, ReportSections sections, String actor) {
        Resource resource = existing(id);
        resource.describe(description);
        resource.rewriteReport(sections);
        descriptions.fire(new ResourceDescribed(id, description.themes()));
        return updated(resource, actor, AuditAction.UPDATE, null);
    }

    /** Makes a new file the current one and keeps the replaced one as an earlier version. */
    public Resource replaceFile(long id, StoredFile file, ExtractionReport extraction, String actor) {
        Resource resource = existing(id);
        resources.persist(resource.replaceFile(file, extraction, actor, Instant.now()));
        return updated(resource, actor, AuditAction.NEW_VERSION, file.getOriginalName());
    }

    public Resource attachFirstFile(long id, StoredFile file, ExtractionReport extraction, String actor) {
        Resource resource = existing(id);
        resource.attachFirstFile(file, extraction, actor, Instant.now());
        return updated(resource, actor, AuditAction.NEW_VERSION, file.getOriginalName());
    }

    /**
     * Makes {@code username} a maintainer of the resource, or no longer one (a representative of an actor confirmed
     * or dropped by a moderator). Nothing indexed changes: only who may change it.
     */
    public void maintain(long id, String username, boolean maintains) {
        existing(id).maintain(username, maintains);
    }

    /**
     * Limits a resource to the members of {@code circle} (null: public), and its materials with it, whose entries are
     * written again when that changes; the resource's own entry is the caller's to write (its description follows).
     */
    public void limit(long id, String circle) {
        Resource resource = existing(id);
        if (java.util.Objects.equals(resource.getCircle(), circle)) {
            return;
        }
        resource.limitTo(circle);
        List<Resource> materials = resources.materialsOf(id);
        materials.forEach(m -> m.limitTo(circle));
        materials.forEach(this::touchedAndReindexed);
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
        // A request for changes keeps what the moderator saw: the next review shows what changed since.
        String seen = action == WorkflowAction.REQUEST_CHANGES ? ReviewedState.of(resource, vocabularies).json() : null;
        audit.record(id, actor, action.audit(), from, action.target(), message, seen);
        reindexed(resource);
        materialsReindexed(resource);
        return resource;
    }

    private Resource updated(Resource resource, String actor, AuditAction action, String message) {
        audit.record(resource.getId(), actor, action, resource.getStatus(), resource.getStatus(), message);
        return reindexed(resource);
    }

    private Resource reindexed(Resource resource) {
        resources.flush();
        indexChanges.fire(IndexChange.upsert(indexed.of(resource)));
        parentReindexed(resource);
        return resource;
    }

    /** A material's text counts for its parent: the parent's entry, and its revision, follow every change. */
    private void parentReindexed(Resource resource) {
        if (resource.getPartOf() != null) {
            resources.find(resource.getPartOf()).ifPresent(this::touchedAndReindexed);
        }
    }

    /** A new revision, so that the index's repair check notices a missed update, and the entry written again. */
    private void touchedAndReindexed(Resource resource) {
        resource.touch();
        resources.flush();
        indexChanges.fire(IndexChange.upsert(indexed.of(resource)));
    }

    /** A training's materials are searchable only while it is published: their entries follow its moves. */
    private void materialsReindexed(Resource training) {
        resources.materialsOf(training.getId()).forEach(this::touchedAndReindexed);
    }

    /**
     * Removes the row, its earlier versions and its materials; returns the digests of their files, which the caller
     * forgets once this has committed, if no other row owns them.
     */
    public List<String> delete(long id, String actor) {
        Resource resource = existing(id);
        List<String> digests = new ArrayList<>();
        // Slides without their training would be orphans that nobody reaches from a training any more.
        for (Resource material : resources.materialsOf(id)) {
            digests.addAll(remove(material, actor));
        }
        digests.addAll(remove(resource, actor));
        parentReindexed(resource);
        return digests;
    }

    private List<String> remove(Resource resource, String actor) {
        long id = resource.getId();
        List<String> digests = new ArrayList<>(resources.removeVersionsOf(id));
        deletions.fire(new ResourceDeleted(id));
        resources.remove(resource);
        audit.record(id, actor, AuditAction.DELETE, resource.getStatus(), null, null);
        indexChanges.fire(IndexChange.delete(id));
        if (resource.getFile() != null) {
            digests.add(resource.getFile().getSha256());
        }
        return digests;
    }

    private Resource existing(long id) {
        return resources.existing(id);
    }
}

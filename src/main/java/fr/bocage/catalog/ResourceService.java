package fr.bocage.catalog;

import fr.bocage.ingest.IngestService;
import fr.bocage.ingest.Ingested;
import fr.bocage.ingest.StagedFile;
import fr.bocage.platform.Causes;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLTransactionRollbackException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The life of a resource from upload to deletion. A resource is either fully there (row, file, text, index entry)
 * or not at all: extraction runs before anything is kept, files are kept before the row commits, and files are
 * forgotten again if the row does not commit.
 */
@ApplicationScoped
public class ResourceService {
    /** Concurrent inserts into embedded Derby now and then time out on a lock; the retry then goes through. */
    private static final int INSERT_ATTEMPTS = 3;

    @Inject
    ResourceRepository resources;

    @Inject
    ResourceWrites writes;

    @Inject
    IngestService ingest;

    @Inject
    DescriptionResolver resolver;

    @Inject
    ModerationContact contact;

    @Inject
    Instance<ResourceFacets> features;

    /** Takes an upload in; the caller closes {@code upload}, which removes whatever was not kept. */
    public Resource create(StagedFile upload, MetadataInput input, Caller caller, ResourceStatus status) {
        return create(upload, input, caller, status, UnaryOperator.identity(), r -> {
        });
    }

    /**
     * Takes an upload in for {@code user} with no role considered (a server-side import): a duplicate is named only
     * if it is theirs or published.
     */
    public Resource create(StagedFile upload, MetadataInput input, String user, ResourceStatus status) {
        return create(upload, input, new Caller(user, Set.of()), status);
    }

    /**
     * Takes an upload in limited to the members of {@code circle} (a network's list attachment): searchable by them,
     * not found by anybody else, page, search and file alike. The area that owns the circle decides who may add to
     * it and whether it is published at once; the caller closes {@code upload}.
     */
    public Resource createInCircle(StagedFile upload, MetadataInput input, Caller caller, String circle,
            ResourceStatus status) {
        return create(upload, input, caller, status, UnaryOperator.identity(), r -> r.limitTo(circle));
    }

    /**
     * Publishes a members-only resource that waited with its message for the circle's own moderation (an animator's
     * approval of a list message); the catalog's moderators are not asked, the circle's animators decided.
     */
    public Resource publishInCircle(long id, String actor) {
        Resource resource = resources.existing(id);
        if (resource.getCircle() == null) {
            throw new Conflict(Messages.format("resource.not-in-circle", id));
        }
        return resource.isPublished() ? resource : writes.move(id, WorkflowAction.PUBLISH, actor, null);
    }

    /**
     * Takes an upload in as a material of a webinar or course (its slides, its handouts), published at once like
     * the training itself. Its type is the parent's material type; themes, territory and audiences left empty are
     * the parent's. The caller closes {@code upload}.
     */
    public Resource createMaterial(long parentId, StagedFile upload, MetadataInput input, Caller caller) {
        Resource parent = resources.visibleTo(parentId, caller);
        String type = Materials.requireAttachable(parent, caller);
        if (input.type() != null && !type.equals(resolver.codes(input).type())) {
            throw new InvalidInput(Messages.format("resource.type.fixed", type));
        }
        // A members-only event's materials are its circle's too: search and completions read the material's own.
        return create(upload, input, caller, ResourceAccess.statusOfNewTraining(),
                d -> d.asMaterialOf(parent.description(), type), r -> {
                    r.attachTo(parentId);
                    r.limitTo(parent.getCircle());
                });
    }

    private Resource create(StagedFile upload, MetadataInput input, Caller caller, ResourceStatus status,
            UnaryOperator<ResourceDescription> adjust, Consumer<Resource> prepare) {
        String user = caller.username();
        refuseDuplicate(upload.sha256(), caller);
        DescriptionResolver.Codes codes = resolver.codes(input);
        Ingested ingested = ingest.extract(upload);
        ResourceDescription description;
        try {
            description = adjust.apply(resolver.forUpload(input, codes, ingested.extraction(), upload.originalName(),
                    textStart(ingested)));
        } catch (RuntimeException e) {
            ingest.discard(ingested);
            throw e;
        }
        ingest.keep(ingested);
        for (int attempt = 1; ; attempt++) {
            Resource resource = new Resource(storedFile(upload, ingested), ExtractionReport.of(ingested.extraction()), user);
            resource.describe(description);
            resource.changeStatus(status);
            prepare.accept(resource);
            try {
                return writes.insert(resource);
            } catch (RuntimeException e) {
                if (attempt < INSERT_ATTEMPTS && isTransient(e)) {
                    continue;
                }
                // A concurrent upload of the same bytes may have won: its row now owns the stored file.
                forgetUnlessOwned(upload.sha256());
                refuseDuplicate(upload.sha256(), caller);
                throw e;
            }
        }
    }

    /**
     * Makes an upload the current file of a resource; the replaced file stays downloadable as an earlier version.
     * The metadata are kept as they are. The caller has checked that {@code user} may edit the resource, and closes
     * {@code upload}.
     */
    public Resource replaceFile(long id, StagedFile upload, Caller caller) {
        Resource resource = resources.existing(id);
        if (resource.getFile() == null) {
            throw new Conflict(Messages.get("version.no-file"));
        }
        return takeFile(resource, upload, caller);
    }

    /**
     * Gives a resource created without a file its first file (a partnership's convention, once signed), or a new
     * version of it. Only for features whose resources may have a file or not: a written report has none to replace.
     */
    public Resource attachFile(long id, StagedFile upload, Caller caller) {
        return takeFile(resources.existing(id), upload, caller);
    }

    private Resource takeFile(Resource resource, StagedFile upload, Caller caller) {
        String user = caller.username();
        if (resource.getFile() != null && resource.getFile().getSha256().equals(upload.sha256())) {
            throw new Conflict(Messages.get("version.same-file"));
        }
        refuseDuplicate(upload.sha256(), caller);
        Ingested ingested = ingest.extract(upload);
        ingest.keep(ingested);
        StoredFile file = storedFile(upload, ingested);
        ExtractionReport extraction = ExtractionReport.of(ingested.extraction());
        try {
            return resource.getFile() == null ? writes.attachFirstFile(resource.getId(), file, extraction, user)
                    : writes.replaceFile(resource.getId(), file, extraction, user);
        } catch (RuntimeException e) {
            forgetUnlessOwned(upload.sha256());
            refuseDuplicate(upload.sha256(), caller);
            throw e;
        }
    }

    private static StoredFile storedFile(StagedFile upload, Ingested ingested) {
        return new StoredFile(upload.sha256(), upload.size(), upload.originalName(), ingested.extraction().mediaType(),
                ingested.format().code());
    }

    /** A lock timeout or deadlock rolled the whole transaction back: trying it again is safe. */
    private static boolean isTransient(Throwable e) {
        return Causes.anyMatch(e, SQLTransactionRollbackException.class::isInstance);
    }

    /** An experience report written on line: no file, its sections are its text. */
    public Resource createReport(ReportInput input, String user, ResourceStatus status) {
        Resource resource = Resource.written(input.report(), user);
        resource.describe(reportDescription(input));
        resource.changeStatus(status);
        return writes.insert(resource);
    }

    /**
     * New sections and description of a resource written on line. A resource of another type whose sections these are
     * (an action) keeps its type: its own record only makes sense with it.
     */
    public Resource rewriteReport(long id, ReportInput input, String actor) {
        Resource resource = resources.existing(id);
        if (resource.getReport() == null) {
            throw new Conflict(Messages.format("report.not-a-report", id));
        }
        String type = resource.description().type();
        if (type != null && !ResourceDescription.EXPERIENCE_REPORT.equals(type)) {
            return rewriteTyped(id, input.metadata(), input.report(), type, actor);
        }
        return writes.rewrite(id, reportDescription(input), input.report(), actor);
    }

    /**
     * A resource of another feature whose text is written in the sections of an experience report (an action):
     * {@code alongside} persists its own record in the same transaction. Its type is always {@code type}.
     */
    public Resource createTypedReport(MetadataInput metadata, ReportSections sections, String type, String user,
            ResourceStatus status, Consumer<Resource> alongside) {
        Resource resource = Resource.written(sections, user);
        resource.describe(typedDescription(metadata, type, Messages.format("resource.type.fixed", type)));
        resource.changeStatus(status);
        return writes.insert(resource, alongside);
    }

    /** New description and sections of a resource made by {@link #createTypedReport}; its type stays {@code type}. */
    public Resource rewriteTyped(long id, MetadataInput metadata, ReportSections sections, String type, String actor) {
        return writes.rewrite(id, typedDescription(metadata, type, Messages.format("resource.type.fixed", type)),
                sections, actor);
    }

    /** The description of a report: its type is always experience report, its language French unless told. */
    private ResourceDescription reportDescription(ReportInput input) {
        if (input.report().filled().isEmpty()) {
            throw new InvalidInput(Messages.get("report.empty"));
        }
        return typedDescription(input.metadata(), ResourceDescription.EXPERIENCE_REPORT, Messages.get("report.type"));
    }

    /**
     * A resource without file whose text lives in a record of another feature (a webinar): {@code alongside}
     * persists that record in the same transaction, before indexing. Its type is always {@code type}.
     */
    public Resource createTyped(MetadataInput metadata, String type, String user, ResourceStatus status,
            Consumer<Resource> alongside) {
        return createTyped(metadata, type, user, status, null, alongside);
    }

    /**
     * As above, limited to the members of {@code circle} (null: public), for a feature whose items may be members-only
     * (a network's news). The area that owns the circle decides who may put an item in it.
     */
    public Resource createTyped(MetadataInput metadata, String type, String user, ResourceStatus status,
            String circle, Consumer<Resource> alongside) {
        Resource resource = new Resource(null, null, user);
        resource.describe(typedDescription(metadata, type, Messages.format("resource.type.fixed", type)));
        resource.changeStatus(status);
        resource.limitTo(circle);
        return writes.insert(resource, alongside);
    }

    /** A new description of a resource whose type is always {@code type}. */
    public Resource describeTyped(long id, MetadataInput metadata, String type, String actor) {
        // The feature's own fields, which the index holds too, may be all that changed.
        return writes.describe(id, typedDescription(metadata, type, Messages.format("resource.type.fixed", type)), actor,
                true);
    }

    /**
     * As above, and now limited to the members of {@code circle} (null: public again), with its materials. In the
     * caller's transaction, so that the index entry written on commit holds the new circle with the new description.
     */
    public Resource describeTyped(long id, MetadataInput metadata, String type, String actor, String circle) {
        writes.limit(id, circle);
        return describeTyped(id, metadata, type, actor);
    }

    /** Its language is French unless told; a type other than {@code type} is refused with {@code wrongType}. */
    private ResourceDescription typedDescription(MetadataInput metadata, String type, String wrongType) {
        ResourceDescription d = resolver.forUpdate(metadata);
        if (d.type() != null && !d.type().equals(type)) {
            throw new InvalidInput(wrongType);
        }
        return d.withTypeAndLanguage(type, d.language() == null ? "fr" : d.language());
    }

    /**
     * A new description. A training (webinar, course), a training's material and a resource whose fields another
     * feature keeps (an actor) keep their type: their event, their link to the training and those fields only make
     * sense with it. A type left empty keeps the current one there.
     */
    public Resource describe(long id, MetadataInput input, String actor) {
        Resource current = resources.existing(id);
        String type = current.description().type();
        if (Materials.typeFor(type).isPresent() || current.getPartOf() != null
                || features.stream().anyMatch(f -> !f.of(current).isEmpty())) {
            return writes.describe(id, typedDescription(input, type, Messages.format("resource.type.fixed", type)), actor);
        }
        return writes.describe(id, resolver.forUpdate(input), actor);
    }

    public void delete(long id, String actor) {
        writes.delete(id, actor).forEach(this::forgetUnlessOwned);
    }

    /** Content-addressed files may be shared: an earlier version of one resource can be another's current file. */
    private void forgetUnlessOwned(String sha256) {
        if (!resources.owns(sha256)) {
            ingest.forget(sha256);
        }
    }

    /**
     * A 409 for bytes already stored. It names the resource that holds them only to who may see it (issue 12 #6):
     * naming a draft, a rejected or a withdrawn resource to anybody else would tell its title and address.
     */
    private void refuseDuplicate(String sha256, Caller caller) {
        resources.findBySha256(sha256).ifPresent(existing -> {
            if (ResourceAccess.isVisible(existing, caller)) {
                throw new Conflict(Messages.format("upload.duplicate", existing.getTitle(), existing.getId()),
                        URI.create("/api/resources/" + existing.getId()));
            }
            throw new Conflict(Messages.format("upload.duplicate.hidden", contact.address()));
        });
    }

    /** The first lines of a staged extraction, where a document's heading is. */
    private static String textStart(Ingested ingested) {
        if (ingested.stagedText() == null || !Files.isRegularFile(ingested.stagedText())) {
            return "";
        }
        char[] buffer = new char[2000];
        try (Reader reader = Files.newBufferedReader(ingested.stagedText(), StandardCharsets.UTF_8)) {
            int read = reader.read(buffer);
            return read < 0 ? "" : new String(buffer, 0, read);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}

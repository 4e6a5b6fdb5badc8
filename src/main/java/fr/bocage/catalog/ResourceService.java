package fr.bocage.catalog;

import fr.bocage.ingest.Ingested;
import fr.bocage.ingest.IngestService;
import fr.bocage.ingest.StagedFile;
import fr.bocage.platform.ApiException;
import fr.bocage.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.SQLTransactionRollbackException;

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

    /** Takes an upload in; the caller closes {@code upload}, which removes whatever was not kept. */
    public Resource create(StagedFile upload, MetadataInput input, String user, ResourceStatus status) {
        refuseDuplicate(upload.sha256());
        DescriptionResolver.Codes codes = resolver.codes(input);
        Ingested ingested = ingest.extract(upload);
        ResourceDescription description;
        try {
            description = resolver.forUpload(input, codes, ingested.extraction(), upload.originalName());
        } catch (RuntimeException e) {
            ingest.discard(ingested);
            throw e;
        }
        ingest.keep(ingested);
        for (int attempt = 1; ; attempt++) {
            Resource resource = new Resource(new StoredFile(upload.sha256(), upload.size(), upload.originalName(),
                    ingested.extraction().mediaType(), ingested.format().code()),
                    ExtractionReport.of(ingested.extraction()), user);
            resource.describe(description);
            resource.changeStatus(status);
            try {
                return writes.insert(resource);
            } catch (RuntimeException e) {
                if (attempt < INSERT_ATTEMPTS && isTransient(e)) {
                    continue;
                }
                // A concurrent upload of the same bytes may have won: its row now owns the stored file.
                if (resources.findBySha256(upload.sha256()).isEmpty()) {
                    ingest.forget(upload.sha256());
                }
                refuseDuplicate(upload.sha256());
                throw e;
            }
        }
    }

    /** A lock timeout or deadlock rolled the whole transaction back: trying it again is safe. */
    private static boolean isTransient(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    public Resource describe(long id, MetadataInput input, String actor) {
        return writes.describe(id, resolver.forUpdate(input), actor);
    }

    public void delete(long id, String actor) {
        String sha256 = writes.delete(id, actor);
        if (sha256 != null) {
            ingest.forget(sha256);
        }
    }

    private void refuseDuplicate(String sha256) {
        resources.findBySha256(sha256).ifPresent(existing -> {
            throw new ApiException(Response.Status.CONFLICT,
                    Messages.format("upload.duplicate", existing.getTitle(), existing.getId()),
                    URI.create("/api/resources/" + existing.getId()));
        });
    }
}

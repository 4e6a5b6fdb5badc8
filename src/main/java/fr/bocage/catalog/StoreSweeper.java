package fr.bocage.catalog;

import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.IngestService;
import fr.bocage.platform.StartupOrder;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Files are kept before their row commits; a stop between the two leaves a file no resource owns. At start-up,
 * before any upload can run, such files and their text are forgotten.
 */
@ApplicationScoped
public class StoreSweeper {
    private static final Logger LOG = Logger.getLogger(StoreSweeper.class.getName());

    @Inject
    ResourceRepository resources;

    @Inject
    ContentStore contents;

    @Inject
    IngestService ingest;

    void onStart(@Observes @Priority(StartupOrder.STORE_SWEEP) @Initialized(ApplicationScoped.class) Object ignored) {
        Set<String> owned = resources.allSha256();
        Set<String> stored = contents.storedDigests();
        stored.removeAll(owned);
        stored.forEach(ingest::forget);
        if (!stored.isEmpty()) {
            LOG.warning(stored.size() + " stored files belonged to no resource (an interrupted upload) and were removed");
        }
    }
}

package fr.bocage.ingest;

import fr.bocage.ingest.extraction.Extractor;
import fr.bocage.ingest.extraction.WorkerPoolExtractor;
import fr.bocage.platform.StartupOrder;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One pool of extraction worker processes for the whole server. */
@ApplicationScoped
public class ExtractorProducer {
    private static final Logger LOG = Logger.getLogger(ExtractorProducer.class.getName());

    @Inject
    IngestSettings settings;

    @Resource
    ManagedExecutorService executor;

    @Inject
    MeterRegistry meters;

    @Produces
    @ApplicationScoped
    Extractor extractor() {
        return new WorkerPoolExtractor(settings.extractionLimits(), settings.workerClasspath());
    }

    /** Workers take seconds to start and warm up: neither on the first upload's time nor on start-up's. */
    void startWorkers(@Observes @Priority(StartupOrder.EXTRACTION) @Initialized(ApplicationScoped.class) Object ignored,
            Extractor extractor) {
        FunctionCounter.builder("bocage.extraction.worker.restarts", extractor, Extractor::restarts)
                .description("Extraction workers replaced after a crash, running out of memory or a timeout")
                .register(meters);
        executor.execute(() -> {
            try {
                extractor.prestart();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "Extraction workers cannot start; uploads will fail until this is fixed", e);
            }
        });
    }

    void close(@Disposes Extractor extractor) throws Exception {
        extractor.close();
    }
}

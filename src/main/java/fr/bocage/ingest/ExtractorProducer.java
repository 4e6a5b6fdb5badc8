package fr.bocage.ingest;

import fr.bocage.ingest.extraction.Extractor;
import fr.bocage.ingest.extraction.WorkerPoolExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** One pool of extraction worker processes for the whole server. */
@ApplicationScoped
public class ExtractorProducer {

    @Inject
    IngestSettings settings;

    @Produces
    @ApplicationScoped
    Extractor extractor() {
        return new WorkerPoolExtractor(settings.extractionLimits(), settings.workerClasspath());
    }

    void close(@Disposes Extractor extractor) throws Exception {
        extractor.close();
    }
}

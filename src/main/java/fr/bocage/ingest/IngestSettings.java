package fr.bocage.ingest;

import fr.bocage.ingest.extraction.ExtractionLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The limits on what comes in, each overridable by configuration (e.g. BOCAGE_UPLOAD_MAX_BYTES). */
@ApplicationScoped
public class IngestSettings {

    @Inject
    @ConfigProperty(name = "bocage.upload.max-bytes", defaultValue = "104857600")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "bocage.extraction.max-chars", defaultValue = "10000000")
    long maxChars;

    @Inject
    @ConfigProperty(name = "bocage.extraction.timeout-seconds", defaultValue = "60")
    long timeoutSeconds;

    @Inject
    @ConfigProperty(name = "bocage.extraction.concurrency", defaultValue = "0")
    int concurrency;

    @Inject
    @ConfigProperty(name = "bocage.extraction.worker-heap", defaultValue = "512m")
    String workerHeap;

    @Inject
    @ConfigProperty(name = "bocage.lib.dir")
    String libDir;

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    public ExtractionLimits extractionLimits() {
        ExtractionLimits defaults = ExtractionLimits.defaults();
        return new ExtractionLimits(maxChars, Duration.ofSeconds(timeoutSeconds), defaults.maxEmbeddedDepth(),
                workerHeap, concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors());
    }

    /** The worker processes' classpath: Tika and the worker, copied beside the WAR by the build. */
    public String workerClasspath() {
        return libDir + "/extractor/*";
    }
}

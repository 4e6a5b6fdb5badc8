package fr.bocage.ingest.extraction;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what one extraction may cost.
 *
 * @param maxChars         characters of text kept; beyond it the result is TRUNCATED
 * @param timeout          wall-clock time a worker gets per document before it is killed
 * @param maxEmbeddedDepth nesting of embedded documents allowed (attachment of an attachment…); deeper is a BOMB
 * @param workerHeap       -Xmx of each worker JVM, e.g. "512m"
 * @param concurrency      number of worker processes, hence of parallel extractions
 */
public record ExtractionLimits(long maxChars, Duration timeout, int maxEmbeddedDepth, String workerHeap,
                               int concurrency) {

    public ExtractionLimits {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(workerHeap, "workerHeap");
        if (maxChars <= 0 || maxChars > Integer.MAX_VALUE) {
            // Tika's write limit is an int.
            throw new IllegalArgumentException("maxChars must be in 1.." + Integer.MAX_VALUE + ": " + maxChars);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxEmbeddedDepth < 0) {
            throw new IllegalArgumentException("maxEmbeddedDepth must be >= 0: " + maxEmbeddedDepth);
        }
        if (!workerHeap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("workerHeap must look like 512m: " + workerHeap);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1: " + concurrency);
        }
    }

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(10_000_000, Duration.ofSeconds(60), 5, "512m",
                Runtime.getRuntime().availableProcessors());
    }

    public ExtractionLimits withMaxChars(long chars) {
        return new ExtractionLimits(chars, timeout, maxEmbeddedDepth, workerHeap, concurrency);
    }

    public ExtractionLimits withTimeout(Duration time) {
        return new ExtractionLimits(maxChars, time, maxEmbeddedDepth, workerHeap, concurrency);
    }

    public ExtractionLimits withConcurrency(int workers) {
        return new ExtractionLimits(maxChars, timeout, maxEmbeddedDepth, workerHeap, workers);
    }
}

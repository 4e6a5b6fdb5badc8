package fr.bocage.benchmark;

import java.util.Arrays;

/** Latencies of a batch of requests, summarised as median / p95 / p99 (nearest-rank percentiles). */
final class LatencyStats {

    private final long[] sortedNanos;
    private final long wallNanos;

    /** @param nanos one latency per request; @param wallNanos elapsed time of the whole batch, for the rate */
    LatencyStats(long[] nanos, long wallNanos) {
        this.sortedNanos = nanos.clone();
        Arrays.sort(this.sortedNanos);
        this.wallNanos = wallNanos;
    }

    int count() {
        return sortedNanos.length;
    }

    double percentileMillis(double percent) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    double perSecond() {
        return sortedNanos.length / (wallNanos / 1e9);
    }

    String describe() {
        return String.format("%,d requests: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %.1f queries/s",
                count(), percentileMillis(50), percentileMillis(95), percentileMillis(99), percentileMillis(100),
                perSecond());
    }
}

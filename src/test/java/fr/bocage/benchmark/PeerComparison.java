package fr.bocage.benchmark;

/**
 * Bocage's ingestion rate against the peer's, measured just before and just after it in the same run: their mean is
 * the reference, their spread says how much the machine moved meanwhile.
 */
record PeerComparison(PeerRun.Result before, PeerRun.Result after, double target) {

    boolean ran() {
        return before != null && after != null;
    }

    double peerRate() {
        return (before.documentsPerSecond() + after.documentsPerSecond()) / 2;
    }

    boolean met(IngestRun.Result ingest) {
        return ran() && ingest.throughput().documentsPerSecond() / peerRate() >= target;
    }

    String describe(IngestRun.Result ingest) {
        if (!ran()) {
            return "no peer (--peer=none)";
        }
        return String.format("%.2f× of %.1f documents/s (peer %.1f before, %.1f after); Bocage %.1f documents/s",
                ingest.throughput().documentsPerSecond() / peerRate(), peerRate(), before.documentsPerSecond(),
                after.documentsPerSecond(), ingest.throughput().documentsPerSecond());
    }
}

package fr.bocage.benchmark;

/** How many documents and input bytes went through in how much wall time. MB are 10^6 bytes. */
record Throughput(int documents, long bytes, long nanos) {

    double seconds() {
        return nanos / 1e9;
    }

    double documentsPerSecond() {
        return documents / seconds();
    }

    double megabytesPerSecond() {
        return bytes / 1e6 / seconds();
    }

    String describe() {
        return String.format("%,d documents, %.1f MB in %.1f s: %.1f documents/s, %.2f MB/s",
                documents, bytes / 1e6, seconds(), documentsPerSecond(), megabytesPerSecond());
    }
}

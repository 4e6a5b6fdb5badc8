package fr.bocage.benchmark;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Uploads every document to {@code POST /api/resources} on N client threads while {@link HeapMonitor} watches the
 * server's heap. If the server indexes after answering, the clock runs until {@code /api/admin/status} counts every
 * created resource, so the rate is end to end and not just the upload rate.
 */
final class IngestRun {

    /** Give up waiting for the server's count when it has not moved for this long. */
    private static final long SETTLE_IDLE_NANOS = 60_000_000_000L;

    record Result(Throughput throughput, long uploadNanos, int created, int conflicts, int others,
                  List<String> firstErrors, int resourcesBefore, int resourcesAfter, HeapMonitor.Peak heap) {
    }

    private IngestRun() {
    }

    static Result run(ServerApi api, List<CorpusCsv.Entry> documents, int threads) throws Exception {
        int before = resources(api);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger others = new AtomicInteger();
        List<String> errors = new CopyOnWriteArrayList<>();
        try (HeapMonitor monitor = new HeapMonitor(api).start()) {
            long start = System.nanoTime();
            long uploadNanos = Workers.run(threads, documents.size(), i -> {
                CorpusCsv.Entry document = documents.get(i);
                String error;
                try {
                    HttpResponse<String> response = api.upload(document);
                    switch (response.statusCode()) {
                        case 201 -> created.incrementAndGet();
                        case 409 -> conflicts.incrementAndGet();
                        default -> others.incrementAndGet();
                    }
                    error = response.statusCode() == 201 || response.statusCode() == 409 ? null
                            : "HTTP " + response.statusCode() + " " + ServerApi.abbreviate(response.body());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    others.incrementAndGet();
                    error = "interrupted";
                } catch (Exception e) {
                    others.incrementAndGet();
                    error = e.toString();
                }
                if (error != null && errors.size() < 5) {
                    errors.add(document.file().getFileName() + ": " + error);
                }
            });
            int after = awaitCount(api, before + created.get());
            long nanos = System.nanoTime() - start;
            long bytes = documents.stream().mapToLong(CorpusCsv.Entry::bytes).sum();
            return new Result(new Throughput(documents.size(), bytes, nanos), uploadNanos, created.get(),
                    conflicts.get(), others.get(), List.copyOf(errors), before, after, monitor.peak());
        }
    }

    /** Waits until the server counts {@code expected} resources, or its count stops moving; returns the last count. */
    private static int awaitCount(ServerApi api, int expected) throws InterruptedException {
        int count = resources(api);
        long lastChange = System.nanoTime();
        while (count >= 0 && count < expected && System.nanoTime() - lastChange < SETTLE_IDLE_NANOS) {
            Thread.sleep(250);
            int now = resources(api);
            if (now != count) {
                lastChange = System.nanoTime();
            }
            count = now;
        }
        return count;
    }

    /** The server's resource count, or -1 when the status endpoint does not answer (then nothing is awaited). */
    static int resources(ServerApi api) throws InterruptedException {
        try {
            return api.status().getInt("resources");
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            return -1;
        }
    }
}

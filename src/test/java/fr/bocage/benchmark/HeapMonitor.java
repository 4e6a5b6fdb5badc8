package fr.bocage.benchmark;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.json.JsonObject;

/** Samples the server's heap through {@code GET /api/admin/status} every 250 ms and keeps the peak. */
final class HeapMonitor implements AutoCloseable {

    record Peak(long maxUsedBytes, long heapMaxBytes, int samples, int failures, String firstFailure) {
    }

    private final ServerApi api;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "heap-monitor");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong maxUsed = new AtomicLong(-1);
    private final AtomicLong heapMax = new AtomicLong(-1);
    private final AtomicInteger samples = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    HeapMonitor(ServerApi api) {
        this.api = api;
    }

    HeapMonitor start() {
        // fixed delay, not rate: a slow answer under load must not queue up a burst of polls
        scheduler.scheduleWithFixedDelay(this::sample, 0, 250, TimeUnit.MILLISECONDS);
        return this;
    }

    private void sample() {
        try {
            JsonObject status = api.status();
            maxUsed.accumulateAndGet(status.getJsonNumber("heapUsedBytes").longValue(), Math::max);
            heapMax.set(status.getJsonNumber("heapMaxBytes").longValue());
            samples.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failures.incrementAndGet();
            firstFailure.compareAndSet(null, e.toString());
        }
    }

    Peak peak() {
        return new Peak(maxUsed.get(), heapMax.get(), samples.get(), failures.get(), firstFailure.get());
    }

    @Override
    public void close() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
    }
}

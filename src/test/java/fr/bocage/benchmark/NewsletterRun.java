package fr.bocage.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * {@code --mode=newsletter}: one issue sent to {@code subscribers} confirmed subscribers through the outbox (the
 * folder transport of the benchmark server: one {@code .eml} file each), timed until queued (the sending job done)
 * and until delivered (every file written), the server's heap sampled meanwhile, and the portal's pages {@code /} and
 * {@code /recherche?q=haie} fetched one at a time all along, their p95 compared with the same pages measured before.
 * The subscribers are made through the administrators' bulk endpoint (POST /api/newsletter/subscribers/bulk), a fast
 * path that skips the double opt-in, since nobody reads their addresses.
 */
final class NewsletterRun {
    static final double PAGE_P95_TARGET_MILLIS = 50;
    private static final List<String> PAGES = List.of("/", "/recherche?q=haie");

    private final ServerApi api;
    private final String authorization;
    private final Path outbox;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    NewsletterRun(ServerApi api, String password, Path outbox, PrintStream out) {
        this.api = api;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        this.outbox = outbox;
        this.out = out;
    }

    /** Runs it all and prints the figures; whether the pages' p95 stayed under the target while sending. */
    boolean run(int subscribers, int warmup, int measured) throws Exception {
        out.printf("%n-- Newsletter: one issue to %,d confirmed subscribers through the folder outbox (%s) --%n",
                subscribers, outbox);
        api.awaitReady();
        for (int i = 1; i <= 3; i++) {
            publish("Haie champêtre " + i, "Planter et entretenir une haie bocagère : guide " + i + ".",
                    i == 2 ? "water" : "biodiversity");
        }
        long start = System.nanoTime();
        JsonObject bulk = post("/api/newsletter/subscribers/bulk", Json.createObjectBuilder().add("count", subscribers)
                .add("prefix", "abonne").add("domain", "bench.invalid").build(), 200);
        out.printf("subscribers: %,d added in %.1f s (bulk endpoint)%n", bulk.getInt("added"), seconds(start));
        JsonObject issue = post("/api/newsletter/issues", Json.createObjectBuilder().add("subject", "Banc d'essai")
                .build(), 201);
        long id = issue.getJsonNumber("id").longValue();
        out.printf("issue %d composed with %d items%n", id, issue.getJsonArray("items").size());

        measure(warmup);
        LatencyStats before = measure(measured);
        out.printf("pages before sending (%s): %s%n", String.join(", ", PAGES), before.describe());

        long filesBefore = emlFiles();
        List<Long> during = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean sending = new AtomicBoolean(true);
        long queuedNanos;
        long deliveredNanos;
        JsonObject progress;
        try (HeapMonitor heap = new HeapMonitor(api).start()) {
            long sendStart = System.nanoTime();
            post("/api/newsletter/issues/" + id + "/send", Json.createObjectBuilder().build(), 202);
            Thread pages = new Thread(() -> {
                int i = 0;
                while (sending.get()) {
                    during.add(timed(PAGES.get(i++ % PAGES.size())));
                }
            }, "pages-while-sending");
            pages.start();
            long lastPrint = 0;
            while (true) {
                progress = get("/api/newsletter/issues/" + id + "/progress");
                if (System.nanoTime() - lastPrint > 5_000_000_000L) {
                    out.printf("  %.0f s: %d %% queued (%,d), %,d files written%n", seconds(sendStart),
                            progress.getInt("percent"), progress.getInt("sent"), emlFiles() - filesBefore);
                    lastPrint = System.nanoTime();
                }
                if (get("/api/newsletter/issues/" + id).getString("status").equals("sent")) {
                    break;
                }
                Thread.sleep(200);
            }
            queuedNanos = System.nanoTime() - sendStart;
            progress = get("/api/newsletter/issues/" + id + "/progress");
            long expected = progress.getInt("sent");
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while (emlFiles() - filesBefore < expected && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            deliveredNanos = System.nanoTime() - sendStart;
            sending.set(false);
            pages.join();
            HeapMonitor.Peak peak = heap.peak();
            out.printf("queued: %,d sent, %,d skipped, %,d failed in %.1f s (%.0f e-mails/s)%n", progress.getInt("sent"),
                    progress.getInt("skipped"), progress.getInt("failed"), queuedNanos / 1e9,
                    progress.getInt("sent") / (queuedNanos / 1e9));
            out.printf("delivered: %,d .eml files in %.1f s from the send (%.0f e-mails/s)%n", emlFiles() - filesBefore,
                    deliveredNanos / 1e9, (emlFiles() - filesBefore) / (deliveredNanos / 1e9));
            out.printf("server heap while sending: max used %,d MiB of %,d MiB, %d samples, %d failed polls%n",
                    peak.maxUsedBytes() >> 20, peak.heapMaxBytes() >> 20, peak.samples(), peak.failures());
        }
        LatencyStats whileSending = new LatencyStats(during.stream().mapToLong(Long::longValue).toArray(),
                deliveredNanos);
        out.printf("pages while sending (%s): %s%n", String.join(", ", PAGES), whileSending.describe());
        boolean met = whileSending.percentileMillis(95) < PAGE_P95_TARGET_MILLIS;
        out.printf("%n== Summary ==%n%s page p95 while sending %.1f ms (target < %.0f ms; before: %.1f ms)%n",
                met ? "PASS" : "MISS", whileSending.percentileMillis(95), PAGE_P95_TARGET_MILLIS,
                before.percentileMillis(95));
        return met;
    }

    private LatencyStats measure(int count) {
        long[] nanos = new long[count];
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            nanos[i] = timed(PAGES.get(i % PAGES.size()));
        }
        return new LatencyStats(nanos, System.nanoTime() - start);
    }

    private long timed(String path) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> page = api.page(path);
            if (page.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + page.statusCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - start;
    }

    private long emlFiles() throws IOException {
        if (!Files.isDirectory(outbox)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml")).count();
        }
    }

    private void publish(String title, String text, String theme) throws Exception {
        Path file = Files.createTempFile("bocage-bench-", ".txt");
        try {
            Files.writeString(file, text);
            MultipartBody body = new MultipartBody().file("file", file, "text/plain").field("title", title)
                    .field("summary", text).field("type", "guide").field("theme", theme).field("territory", "bretagne");
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(api.base().resolve("/api/resources"))
                    .header("Authorization", authorization).header("Content-Type", body.contentType())
                    .POST(body.publisher()).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201 && answer.statusCode() != 409) {
                throw new IOException("POST /api/resources answered " + answer.statusCode() + ": " + answer.body());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private JsonObject post(String path, JsonObject body, int expected) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(api.base().resolve(path))
                .timeout(Duration.ofMinutes(10)).header("Authorization", authorization)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IOException("POST " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return ServerApi.json(answer.body());
    }

    private JsonObject get(String path) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(api.base().resolve(path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", authorization)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return ServerApi.json(answer.body());
    }

    /** The server answers before the application is up (404 then): wait for its readiness check. */

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

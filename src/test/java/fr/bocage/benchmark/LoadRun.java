package fr.bocage.benchmark;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * {@code --mode=load} (issue 19): many visitors at once. For each target, closed-loop connections (each a client of
 * its own, one request after the other, as wrk's) hammer the server for a warm-up then a measured period, at 8 then
 * 64 connections; prints requests per second, p50 and p99, errors, 503s (overload refused), timeouts (2 s, wrk's
 * default) and the server's CPU per request, read from {@code /api/admin/status} around the measured period.
 */
final class LoadRun {
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final int RESOURCE_IDS = 500;

    /** One target: a name and the path of its i-th request. */
    record Target(String name, IntFunction<String> path) {
    }

    /** A measured period. */
    record Result(String target, int connections, double seconds, long[] nanos, int errors, int overloaded,
            int timeouts, double serverCpuMillisPerRequest, String firstError) {

        double perSecond() {
            return nanos.length / seconds;
        }

        double percentileMillis(double percent) {
            return new LatencyStats(nanos, (long) (seconds * 1e9)).percentileMillis(percent);
        }
    }

    private final ServerApi api;
    private final PrintStream out;

    LoadRun(ServerApi api, PrintStream out) {
        this.api = api;
        this.out = out;
    }

    /** The portal's busiest pages and the API's search, over the corpus the server holds. */
    List<Target> targets() throws IOException, InterruptedException {
        List<String> searches = new ArrayList<>();
        List<String> apiSearches = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String q = ServerApi.encode(QueryRun.QUERIES.get(i * 7 % QueryRun.QUERIES.size()));
            String filters = QueryRun.FILTERS.get(i % QueryRun.FILTERS.size()).entrySet().stream()
                    .map(e -> "&" + e.getKey() + "=" + ServerApi.encode(e.getValue())).collect(Collectors.joining());
            if (i < 5) {
                searches.add("/recherche?q=" + q + filters);
            }
            apiSearches.add("/api/search?q=" + q + filters + (i % 3 == 2 ? "&sort=date" : ""));
        }
        List<String> resources = new ArrayList<>();
        for (int page = 1; resources.size() < RESOURCE_IDS; page++) {
            JsonObject found = ServerApi.json(new String(api.page("/api/search?q=&size=100&page=" + page).body(),
                    StandardCharsets.UTF_8));
            List<JsonObject> hits = found.getJsonArray("hits").getValuesAs(JsonObject.class);
            if (hits.isEmpty()) {
                break;
            }
            hits.forEach(hit -> resources.add("/ressources/" + hit.getJsonNumber("id").longValue()));
        }
        return List.of(new Target("/recherche", i -> searches.get(i % searches.size())),
                new Target("/ressources/{id}", i -> resources.get(i % resources.size())),
                new Target("/", i -> "/"),
                new Target("/api/search", i -> apiSearches.get(i % apiSearches.size())));
    }

    /** One request to the target's first path, alone, in milliseconds: the first visitor's wait (after a start). */
    double once(Target target) throws Exception {
        Connection.Outcome outcome = new Connection(api.base(), target, 0).requests(1);
        if (outcome.nanos().length == 0) {
            throw new IOException("the first request to " + target.name() + " failed: " + outcome.firstError());
        }
        return outcome.nanos()[0] / 1e6;
    }

    /** Warms the target up with that many connections, then measures it; the figures are printed as they come. */
    Result run(Target target, int connections, Duration warmup, Duration measured) throws Exception {
        hammer(target, connections, warmup);
        long cpuBefore = serverCpuNanos();
        long start = System.nanoTime();
        List<Connection.Outcome> outcomes = hammer(target, connections, measured);
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = serverCpuNanos() - cpuBefore;
        long[] nanos = outcomes.stream().flatMapToLong(o -> Arrays.stream(o.nanos())).toArray();
        int errors = outcomes.stream().mapToInt(Connection.Outcome::errors).sum();
        Result result = new Result(target.name(), connections, seconds, nanos, errors,
                outcomes.stream().mapToInt(Connection.Outcome::overloaded).sum(),
                outcomes.stream().mapToInt(Connection.Outcome::timeouts).sum(),
                nanos.length == 0 ? Double.NaN : cpu / 1e6 / nanos.length,
                outcomes.stream().map(Connection.Outcome::firstError).filter(e -> e != null).findFirst().orElse(null));
        out.printf("%-18s %3d conn.: %,8.1f req/s, p50 %6.1f ms, p99 %7.1f ms; errors %d, 503 %d, timeouts %d;"
                        + " server CPU %.2f ms/request%n", result.target(), connections, result.perSecond(),
                result.percentileMillis(50), result.percentileMillis(99), errors, result.overloaded(),
                result.timeouts(), result.serverCpuMillisPerRequest());
        if (result.firstError() != null) {
            out.printf("  first error: %s%n", result.firstError());
        }
        return result;
    }

    private List<Connection.Outcome> hammer(Target target, int connections, Duration period) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            long until = System.nanoTime() + period.toNanos();
            List<Future<Connection.Outcome>> running = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                Connection connection = new Connection(api.base(), target, c * 7919);
                running.add(pool.submit(() -> connection.until(until)));
            }
            List<Connection.Outcome> outcomes = new ArrayList<>();
            for (Future<Connection.Outcome> outcome : running) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The server process's CPU time so far (every thread), as its status reports it. */
    private long serverCpuNanos() throws IOException, InterruptedException {
        return api.status().getJsonNumber("processCpuNanos").longValue();
    }

    /** One keep-alive connection sending requests one after the other. */
    private static final class Connection {
        record Outcome(long[] nanos, int errors, int overloaded, int timeouts, String firstError) {
        }

        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT).build();
        private final URI base;
        private final Target target;
        private int next;

        Connection(URI base, Target target, int first) {
            this.base = base;
            this.target = target;
            this.next = first;
        }

        Outcome until(long deadline) {
            return send(deadline, Integer.MAX_VALUE);
        }

        Outcome requests(int count) {
            return send(Long.MAX_VALUE, count);
        }

        private Outcome send(long deadline, int requests) {
            long[] nanos = new long[1024];
            int count = 0;
            int errors = 0;
            int overloaded = 0;
            int timeouts = 0;
            String firstError = null;
            for (int sent = 0; sent < requests && System.nanoTime() < deadline; sent++) {
                String path = target.path().apply(next++);
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                        .header("Accept", "text/html,application/json").build();
                long start = System.nanoTime();
                try {
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - start;
                    if (response.statusCode() == 200) {
                        if (count == nanos.length) {
                            nanos = Arrays.copyOf(nanos, count * 2);
                        }
                        nanos[count++] = took;
                    } else if (response.statusCode() == 503) {
                        overloaded++;
                    } else {
                        errors++;
                        firstError = firstError == null ? path + ": HTTP " + response.statusCode() : firstError;
                    }
                } catch (HttpTimeoutException e) {
                    timeouts++;
                } catch (IOException e) {
                    errors++;
                    firstError = firstError == null ? path + ": " + e : firstError;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return new Outcome(Arrays.copyOf(nanos, count), errors, overloaded, timeouts, firstError);
        }
    }

    /** The targets, checked on the figures of a run. */
    static Map<String, Boolean> verdicts(List<Result> results) {
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        for (Result r : results) {
            if (r.connections() == 8 && r.target().equals("/recherche")) {
                verdicts.put("/recherche ≥ 350 req/s at 8 connections", r.perSecond() >= 350);
            }
            if (r.connections() == 8 && r.target().equals("/ressources/{id}")) {
                verdicts.put("/ressources/{id} ≥ 500 req/s at 8 connections", r.perSecond() >= 500);
            }
            if (r.connections() == 64) {
                verdicts.put(r.target() + " at 64 connections: p99 < 500 ms, no timeout",
                        r.percentileMillis(99) < 500 && r.timeouts() == 0);
            }
        }
        return verdicts;
    }
}

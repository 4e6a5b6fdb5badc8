package fr.bocage.benchmark;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code --mode=load} (issue 19): many visitors at once. For each target, closed-loop connections (each sends one
 * request after the other) hammer the server for a warm-up then a measured period, at 8 then 64 connections, with
 * {@link LoadGenerator#best()}; prints requests per second, p50 and p99, errors, 503s (overload refused), timeouts
 * (2 s, wrk's default) and the server's CPU per request, read from {@code /api/admin/status} around the measured
 * period.
 */
final class LoadRun {
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** The target for the first request to each page after a start. */
    static final double FIRST_REQUEST_TARGET_MILLIS = 100;
    private static final int RESOURCE_IDS = 500;

    /** One target: a name and the paths asked in turn. */
    record Target(String name, List<String> paths) {
    }

    /** A measured period. */
    record Result(String target, int connections, LoadGenerator.Sample sample, double serverCpuMillisPerRequest) {

        double perSecond() {
            return sample.perSecond();
        }
    }

    private final ServerApi api;
    private final LoadGenerator generator;
    private final PrintStream out;

    LoadRun(ServerApi api, LoadGenerator generator, PrintStream out) {
        this.api = api;
        this.generator = generator;
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
        return List.of(new Target("/recherche", searches), new Target("/ressources/{id}", resources),
                new Target("/", List.of("/")), new Target("/api/search", apiSearches));
    }

    /** One request to the target's first path, alone, in milliseconds: the first visitor's wait (after a start). */
    double once(Target target) throws IOException {
        return JavaLoadGenerator.once(api.base(), target.paths().get(0), TIMEOUT);
    }

    /**
     * Every target in turn for the warm-up period before any is measured: just after a start the first target
     * measured would otherwise pay for the compilation of code the others share.
     */
    void warmUp(List<Target> targets, int connections, Duration warmup) throws Exception {
        for (Target target : targets) {
            generator.drive(api.base(), target.paths(), connections, warmup, TIMEOUT);
        }
    }

    /** Warms the target up with that many connections, then measures it; the figures are printed as they come. */
    Result run(Target target, int connections, Duration warmup, Duration measured) throws Exception {
        generator.drive(api.base(), target.paths(), connections, warmup, TIMEOUT);
        long cpuBefore = serverCpuNanos();
        LoadGenerator.Sample sample = generator.drive(api.base(), target.paths(), connections, measured, TIMEOUT);
        long cpu = serverCpuNanos() - cpuBefore;
        int answered = sample.served() + sample.overloaded() + sample.errors();
        Result result = new Result(target.name(), connections, sample,
                answered == 0 ? Double.NaN : cpu / 1e6 / answered);
        out.printf("%-18s %3d conn.: %,8.1f req/s, p50 %6.1f ms, p99 %7.1f ms; errors %d, 503 %d, timeouts %d;"
                        + " server CPU %.2f ms/request%n", result.target(), connections, result.perSecond(),
                sample.p50Millis(), sample.p99Millis(), sample.errors(), sample.overloaded(), sample.timeouts(),
                result.serverCpuMillisPerRequest());
        if (sample.firstError() != null) {
            out.printf("  first error: %s%n", sample.firstError());
        }
        return result;
    }

    /** The server process's CPU time so far (every thread), as its status reports it. */
    private long serverCpuNanos() throws IOException, InterruptedException {
        return api.status().getJsonNumber("processCpuNanos").longValue();
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
                        r.sample().p99Millis() < 500 && r.sample().timeouts() == 0);
            }
        }
        return verdicts;
    }
}

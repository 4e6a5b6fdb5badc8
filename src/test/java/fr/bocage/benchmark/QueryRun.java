package fr.bocage.benchmark;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Search latency: realistic French queries (accents or not, phrases, exclusions, OR) crossed with facet filters,
 * sent to {@code GET /api/search} first one at a time, then on N threads.
 */
final class QueryRun {

    static final List<String> QUERIES = List.of(
            "zones humides", "rénovation énergétique", "renovation energetique", "économie circulaire",
            "economie circulaire", "mobilité durable", "plan climat", "biodiversité", "biodiversite",
            "\"trame verte et bleue\"", "eau -potable", "déchets OR recyclage", "qualité de l'air",
            "pollution atmosphérique", "énergies renouvelables", "eolien", "photovoltaïque", "réseau de chaleur",
            "compostage", "tri à la source", "gaspillage alimentaire", "artificialisation des sols",
            "plan local d'urbanisme", "permis de construire", "étude d'impact", "évaluation environnementale",
            "enquête publique", "participation du public", "risques naturels", "inondation",
            "installations classées", "Natura 2000", "espèces protégées", "parc naturel régional", "littoral",
            "assainissement", "forêt", "agriculture biologique", "transports en commun", "covoiturage",
            "sobriété énergétique", "\"plan climat-air-énergie territorial\"", "Lorient");

    /** Facet filters as the search page sends them: none, one, or two at once. Theme values are the CSV labels. */
    static final List<Map<String, String>> FILTERS = List.of(
            Map.of(),
            Map.of("type", "guide"),
            Map.of("territory", "National"),
            Map.of("theme", "Climat, air, énergie"),
            Map.of("theme", "Biodiversité", "territory", "National"),
            Map.of("type", "technical-note", "theme", "Eau et milieux aquatiques"));

    /** Queries whose total must be positive once the corpus is in: a cheap check that search really searches. */
    static final List<String> SANITY_QUERIES = List.of("biodiversité", "zones humides", "\"trame verte et bleue\"");

    record Result(Map<String, Integer> sanityTotals, LatencyStats sequential, LatencyStats parallel, int requests,
                  int failures, List<String> firstErrors) {

        boolean sane() {
            return !sanityTotals.isEmpty() && sanityTotals.values().stream().allMatch(total -> total > 0) && failures == 0;
        }
    }

    private record Query(String q, Map<String, String> filters) {
    }

    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(30);

    private final ServerApi api;
    private final List<Query> mix = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    QueryRun(ServerApi api) {
        this.api = api;
        for (Map<String, String> filters : FILTERS) {
            for (String q : QUERIES) {
                mix.add(new Query(q, filters));
            }
        }
    }

    /**
     * @param visible resources that search must show before timing starts: the index publishes changes within a
     *                second, so the first queries after an import could otherwise see part of it
     */
    Result run(int visible, int warmup, int measured, int threads) throws InterruptedException {
        awaitVisible(visible);
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (String q : SANITY_QUERIES) {
            totals.put(q, total(q));
        }
        timed(1, warmup);
        LatencyStats sequential = timed(1, measured);
        LatencyStats parallel = timed(threads, measured);
        return new Result(totals, sequential, parallel, requests.get(), failures.get(), List.copyOf(errors));
    }

    /** The first {@code count} queries of the mix, one at a time, with no warm-up: a cold start's cost. */
    LatencyStats cold(int count) throws InterruptedException {
        return timed(1, count);
    }

    /** The same first {@code count} queries once the server has answered {@code warmup} more: the warm figure. */
    LatencyStats warm(int warmup, int count) throws InterruptedException {
        timed(1, warmup);
        return timed(1, count);
    }

    int failures() {
        return failures.get();
    }

    private void awaitVisible(int visible) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (total("") < visible && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    /** Total hits of an unfiltered query, or -1 when the answer is not a search result. */
    private int total(String q) throws InterruptedException {
        try {
            HttpResponse<String> response = api.search(q, Map.of());
            if (response.statusCode() == 200) {
                return ServerApi.json(response.body()).getInt("total");
            }
            record(q, "HTTP " + response.statusCode() + " " + ServerApi.abbreviate(response.body()));
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            record(q, e.toString());
        }
        return -1;
    }

    /** Sends {@code count} queries, cycling through the mix, on {@code threads} threads. */
    private LatencyStats timed(int threads, int count) throws InterruptedException {
        long[] nanos = new long[count];
        long wall = Workers.run(threads, count, i -> {
            Query query = mix.get(i % mix.size());
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = api.search(query.q(), query.filters());
                if (response.statusCode() != 200) {
                    record(query.q() + " " + query.filters(), "HTTP " + response.statusCode() + " " + ServerApi.abbreviate(response.body()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                record(query.q(), "interrupted");
            } catch (Exception e) {
                record(query.q() + " " + query.filters(), e.toString());
            }
            nanos[i] = System.nanoTime() - start;
            requests.incrementAndGet();
        });
        return new LatencyStats(nanos, wall);
    }

    private void record(String query, String error) {
        failures.incrementAndGet();
        if (errors.size() < 5) {
            errors.add(query + ": " + error);
        }
    }
}

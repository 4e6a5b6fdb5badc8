package fr.bocage.benchmark;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The relevance evaluation ({@code --mode=relevance}, issue 16): sends every judged query of {@link RelevanceSet} to
 * {@code /api/search} (the portal's own search, anonymous, first page of 10) and prints recall@10, MRR@10, the
 * zero-result rate and latency per category and overall, for all queries, the dev ones and the held-out ones.
 * A server that already shows the corpus is not given it again, so that before/after runs take a minute.
 */
final class RelevanceRun {

    private final ServerApi api;
    private final PrintStream out;
    /** Resource id → its file's name, read once per resource from {@code /api/resources/{id}}. */
    private final Map<Long, String> files = new HashMap<>();

    RelevanceRun(ServerApi api, PrintStream out) {
        this.api = api;
        this.out = out;
    }

    void run(RelevanceSet set, int warmupRounds) throws Exception {
        for (int round = 0; round < warmupRounds; round++) {
            for (RelevanceSet.Judged query : set.queries()) {
                api.search(query.query(), Map.of());
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (RelevanceSet.Judged query : set.queries()) {
            scored.add(new Scored(query, answer(query)));
        }
        report(scored);
    }

    private RelevanceScores.Answer answer(RelevanceSet.Judged query) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = api.search(query.query(), Map.of());
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IOException("GET /api/search?q=" + query.query() + " answered " + response.statusCode() + ": "
                    + ServerApi.abbreviate(response.body()));
        }
        JsonObject body = ServerApi.json(response.body());
        List<String> ranked = new ArrayList<>();
        for (JsonObject hit : body.getJsonArray("hits").getValuesAs(JsonObject.class)) {
            ranked.add(file(hit.getJsonNumber("id").longValue()));
        }
        return new RelevanceScores.Answer(ranked, query.relevant(), body.getJsonNumber("total").longValue(), nanos);
    }

    private String file(long id) throws Exception {
        String name = files.get(id);
        if (name == null) {
            HttpResponse<String> response = api.get("/api/resources/" + id);
            JsonObject resource = ServerApi.json(response.body());
            name = resource.isNull("file") ? "" : resource.getJsonObject("file").getString("name", "");
            files.put(id, name);
        }
        return name;
    }

    private record Scored(RelevanceSet.Judged query, RelevanceScores.Answer answer) {
    }

    private void report(List<Scored> scored) {
        Map<String, List<Scored>> byCategory = new LinkedHashMap<>();
        scored.forEach(s -> byCategory.computeIfAbsent(s.query().category(), c -> new ArrayList<>()).add(s));
        out.printf("%-14s %-9s %5s %10s %8s %8s %10s %8s%n", "category", "queries", "n", "recall@10", "MRR@10",
                "zero", "median ms", "p95 ms");
        for (Map.Entry<String, List<Scored>> category : byCategory.entrySet()) {
            rows(category.getKey(), category.getValue());
        }
        rows("overall", scored);
        out.printf("%nMissed (relevant file not in the first 10):%n");
        scored.stream().filter(s -> RelevanceScores.recallAtK(s.answer().ranked(), s.query().relevant()) < 1)
                .forEach(s -> out.printf("  %s [%s%s] « %s »: %d found%n", s.query().id(), s.query().category(),
                        s.query().heldOut() ? ", held-out" : "", s.query().query(), s.answer().total()));
    }

    private void rows(String name, List<Scored> scored) {
        row(name, "all", scored, s -> true);
        row(name, "dev", scored, s -> !s.query().heldOut());
        row(name, "held-out", scored, s -> s.query().heldOut());
    }

    private void row(String name, String split, List<Scored> scored, Predicate<Scored> filter) {
        List<RelevanceScores.Answer> answers = scored.stream().filter(filter).map(Scored::answer).toList();
        if (answers.isEmpty()) {
            return;
        }
        RelevanceScores scores = RelevanceScores.of(answers);
        out.printf("%-14s %-9s %5d %10.3f %8.3f %8.3f %10.1f %8.1f%n", name, split, scores.queries(), scores.recall(),
                scores.mrr(), scores.zeroResultRate(), scores.latency().percentileMillis(50),
                scores.latency().percentileMillis(95));
    }
}

package fr.bocage.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The network's benchmark ({@code --mode=network}): generates actors and actions with about three indicator values
 * each through the REST API, as an administrator, on {@code threads} threads (an actor is published at once; an
 * action is created, submitted and published: three requests), waits until search shows them all, then times the
 * network's pages and API one request at a time after a warm-up. A server that already holds some generated
 * actors or actions gets only the missing ones, so that a second run measures at once.
 */
final class NetworkRun {

    static final double PAGE_P95_TARGET_MILLIS = 50;
    static final double API_P95_TARGET_MILLIS = 20;

    static final List<String> TERRITORIES = List.of("bretagne", "normandie", "occitanie", "grand-est",
            "hauts-de-france", "nouvelle-aquitaine", "auvergne-rhone-alpes", "pays-de-la-loire", "guadeloupe",
            "la-reunion", "martinique", "guyane", "belgique", "national");
    static final List<String> THEMES = List.of("biodiversity", "water", "agriculture-forest-food", "urban-planning",
            "climate-air-energy", "governance-participation");
    static final List<String> SCHEMES = List.of("engaged-for-nature", "biodiversity-atlas", "green-blue-grid",
            "natura-2000", "territory-contract", "other");
    static final List<String> PROGRESS = List.of("planned", "ongoing", "completed");
    static final List<String> INDICATORS = List.of("hedges-planted-m", "area-restored-ha", "ponds-created",
            "species-inventoried", "participants", "communes-engaged");
    static final List<String> KINDS = List.of("association", "cpie", "municipality", "intermunicipality",
            "regional-nature-park", "public-body", "company", "education", "citizen-group");
    private static final List<String> SUBJECTS = List.of("haies bocagères", "mares forestières",
            "prairies humides", "vergers conservatoires", "zones humides", "trame noire", "corridors écologiques",
            "jardins partagés", "atlas de la biodiversité", "sciences participatives");
    private static final List<String> VERBS = List.of("Restaurer", "Planter", "Inventorier", "Protéger",
            "Sensibiliser aux", "Gérer");

    /** The kinds of requests timed, each over several addresses taken in turn. */
    static final List<Kind> KINDS_TIMED = List.of(
            new Kind("/actions", PAGE_P95_TARGET_MILLIS, List.of("/actions", "/actions?page=3",
                    "/actions?theme=water", "/actions?territory=bretagne&progress=ongoing",
                    "/actions?scheme=natura-2000&theme=biodiversity")),
            new Kind("/actions?q=…&facets", PAGE_P95_TARGET_MILLIS, List.of("/actions?q=haies",
                    "/actions?q=haies&territory=bretagne", "/actions?q=mares&theme=water&progress=completed",
                    "/actions?q=prairies%20humides&scheme=green-blue-grid")),
            new Kind("/actions/bilan", PAGE_P95_TARGET_MILLIS, List.of("/actions/bilan",
                    "/actions/bilan?territory=bretagne", "/actions/bilan?theme=water&year=2023",
                    "/actions/bilan?scheme=natura-2000&progress=completed",
                    "/actions/bilan?territory=bretagne&territory=occitanie&theme=biodiversity&year=2022&year=2024")),
            new Kind("/api/actions/indicators", API_P95_TARGET_MILLIS, List.of("/api/actions/indicators",
                    "/api/actions/indicators?territory=bretagne", "/api/actions/indicators?theme=water&year=2023",
                    "/api/actions/indicators?scheme=natura-2000&progress=completed",
                    "/api/actions/indicators?territory=guadeloupe&territory=la-reunion&theme=biodiversity")),
            new Kind("/acteurs", PAGE_P95_TARGET_MILLIS, List.of("/acteurs", "/acteurs?q=association",
                    "/acteurs?territory=bretagne", "/acteurs?theme=water&page=2")));

    record Kind(String name, double targetMillis, List<String> paths) {
    }

    record Timed(Kind kind, LatencyStats latency, long maxBytes) {
        boolean met() {
            return latency.percentileMillis(95) < kind.targetMillis();
        }
    }

    record Result(int actors, int actions, long values, double generationSeconds, double indexSeconds,
            List<Timed> timed, int failures, List<String> firstErrors) {
    }

    private final ServerApi api;
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failures = new AtomicInteger();

    NetworkRun(ServerApi api) {
        this.api = api;
    }

    Result run(int actors, int actions, int threads, int warmup, int measured) throws Exception {
        long start = System.nanoTime();
        int actorsBefore = total("/api/actors?size=1");
        List<Long> actorIds = Collections.synchronizedList(new ArrayList<>());
        Workers.run(threads, Math.max(0, actors - actorsBefore), i -> {
            Long id = created("/api/actors", actor(actorsBefore + i));
            if (id != null) {
                actorIds.add(id);
            }
        });
        if (actorIds.isEmpty()) {
            actorIds.addAll(someActorIds());
        }
        int actionsBefore = total("/api/actions?size=1");
        AtomicLongArray values = new AtomicLongArray(1);
        Workers.run(threads, Math.max(0, actions - actionsBefore), i -> {
            Random random = new Random(actionsBefore + i);
            JsonObjectBuilder action = action(actionsBefore + i, random, actorIds);
            JsonObject built = action.build();
            Long id = created("/api/actions", built);
            if (id != null && posted("/api/actions/" + id + "/submit") && posted("/api/resources/" + id + "/publish")) {
                values.addAndGet(0, built.getJsonArray("indicators").size());
            }
        });
        double generation = (System.nanoTime() - start) / 1e9;
        long indexStart = System.nanoTime();
        int foundActors = waitFor("/api/actors?size=1", actors);
        int foundActions = waitFor("/api/actions?size=1", actions);
        double index = (System.nanoTime() - indexStart) / 1e9;
        List<Timed> timed = new ArrayList<>();
        for (Kind kind : KINDS_TIMED) {
            timed.add(measure(kind, warmup, measured));
        }
        return new Result(foundActors, foundActions, values.get(0), generation, index, timed, failures.get(),
                List.copyOf(errors));
    }

    private static JsonObject actor(int n) {
        Random random = new Random(-1 - n);
        String kind = KINDS.get(random.nextInt(KINDS.size()));
        String name = switch (kind) {
            case "association" -> "Association des amis des " + pick(SUBJECTS, random);
            case "cpie" -> "CPIE n° " + n;
            case "municipality" -> "Commune témoin n° " + n;
            default -> "Acteur " + kind + " n° " + n;
        } + " (bench " + n + ")";
        return Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("title", name)
                        .add("summary", "Un acteur généré pour le banc d'essai, engagé pour les " + pick(SUBJECTS, random)
                                + ".")
                        .add("themes", Json.createArrayBuilder().add(pick(THEMES, random)))
                        .add("territory", pick(TERRITORIES, random)))
                .add("kind", kind)
                .build();
    }

    /** An action with one or two themes, a lead actor and 1 to 5 values (3 on average) over 2019–2025. */
    private static JsonObjectBuilder action(int n, Random random, List<Long> actorIds) {
        String subject = pick(SUBJECTS, random);
        JsonArrayBuilder themes = Json.createArrayBuilder().add(THEMES.get(random.nextInt(2)));
        if (random.nextBoolean()) {
            themes.add(THEMES.get(2 + random.nextInt(THEMES.size() - 2)));
        }
        JsonArrayBuilder values = Json.createArrayBuilder();
        int count = 1 + random.nextInt(5);
        List<String> indicators = new ArrayList<>(INDICATORS);
        Collections.shuffle(indicators, random);
        for (int k = 0; k < count; k++) {
            values.add(Json.createObjectBuilder().add("indicator", indicators.get(k % indicators.size()))
                    .add("year", 2019 + (k / indicators.size()) + random.nextInt(7))
                    .add("value", BigDecimal.valueOf(1 + random.nextInt(5000))));
        }
        JsonObjectBuilder action = Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder()
                        .add("title", pick(VERBS, random) + " " + subject + " n° " + n)
                        .add("summary", "Une action générée pour le banc d'essai : " + subject + ", avec les habitants"
                                + " et les partenaires du territoire.")
                        .add("themes", themes).add("territory", pick(TERRITORIES, random)))
                .add("sections", Json.createObjectBuilder()
                        .add("context", "Un territoire où les " + subject + " ont reculé depuis trente ans.")
                        .add("results", "Des " + subject + " suivies chaque année."))
                .add("progress", pick(PROGRESS, random))
                .add("scheme", pick(SCHEMES, random))
                .add("startYear", 2019 + random.nextInt(4))
                .add("indicators", values);
        if (!actorIds.isEmpty()) {
            action.add("leadActor", actorIds.get(random.nextInt(actorIds.size())));
        }
        return action;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private Long created(String path, JsonObject body) {
        try {
            HttpResponse<String> response = api.postJson(path, body.toString());
            if (response.statusCode() != 201) {
                failed(path + ": HTTP " + response.statusCode() + " " + ServerApi.abbreviate(response.body()));
                return null;
            }
            return ServerApi.json(response.body()).getJsonNumber("id").longValue();
        } catch (IOException | InterruptedException e) {
            failed(path + ": " + e);
            return null;
        }
    }

    private boolean posted(String path) {
        try {
            HttpResponse<String> response = api.postJson(path, "{}");
            if (response.statusCode() / 100 != 2) {
                failed(path + ": HTTP " + response.statusCode() + " " + ServerApi.abbreviate(response.body()));
                return false;
            }
            return true;
        } catch (IOException | InterruptedException e) {
            failed(path + ": " + e);
            return false;
        }
    }

    private void failed(String error) {
        failures.incrementAndGet();
        if (errors.size() < 5) {
            errors.add(error);
        }
    }

    private List<Long> someActorIds() throws Exception {
        return ServerApi.json(api.get("/api/actors?size=100").body()).getJsonArray("actors")
                .getValuesAs(JsonObject.class).stream().map(a -> a.getJsonNumber("id").longValue()).toList();
    }

    private int total(String path) throws Exception {
        HttpResponse<String> response = api.get(path);
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return ServerApi.json(response.body()).getInt("total");
    }

    /** Polls until search shows {@code expected} published items (10 minutes at most); the count seen last. */
    private int waitFor(String path, int expected) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        int seen = total(path);
        while (seen < expected && System.nanoTime() < deadline) {
            Thread.sleep(500);
            seen = total(path);
        }
        return seen;
    }

    private Timed measure(Kind kind, int warmup, int measured) throws Exception {
        for (int i = 0; i < warmup; i++) {
            fetch(kind.paths().get(i % kind.paths().size()));
        }
        long[] nanos = new long[measured];
        long maxBytes = 0;
        long wall = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            byte[] body = fetch(kind.paths().get(i % kind.paths().size()));
            nanos[i] = System.nanoTime() - start;
            maxBytes = Math.max(maxBytes, body.length);
        }
        return new Timed(kind, new LatencyStats(nanos, System.nanoTime() - wall), maxBytes);
    }

    private byte[] fetch(String path) throws Exception {
        HttpResponse<byte[]> response = api.page(path);
        if (response.statusCode() != 200) {
            failed(path + ": HTTP " + response.statusCode());
        }
        return response.body();
    }
}

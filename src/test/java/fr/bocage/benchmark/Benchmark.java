package fr.bocage.benchmark;

import fr.bocage.platform.DiskUsage;
import jakarta.json.JsonObject;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The Bocage benchmark: (a) Tika alone in this JVM, (b) ingestion of the same documents through a running server,
 * uploaded one by one ({@code --mode=upload}) or imported by the server from its own import root
 * ({@code --mode=import}), (c) search latency, (d) portal pages' rendering time and weight, (e) a backup's time and size, then a summary against
 * the targets. Run by {@code mvn -Pbenchmark verify}, or against any
 * running server with the options below. Exit code: 0 all targets met, 1 a target missed, 2 bad arguments.
 */
public final class Benchmark {

    /** Issue 17: a bulk import at least as fast as the peer in the same run, uploads one by one at 0.8 of it. */
    static final double IMPORT_PEER_RATIO_TARGET = 1.0;
    static final double UPLOAD_PEER_RATIO_TARGET = 0.8;
    static final long HEAP_TARGET_BYTES = 512L * 1024 * 1024;
    static final double QUERY_P95_TARGET_MILLIS = 10;
    static final double PAGE_P95_TARGET_MILLIS = 50;
    static final int COLD_QUERIES = 300;
    static final double COLD_P95_TARGET_MILLIS = 12;
    private static final int CLIENT_WARMUP_REQUESTS = 2_000;
    private static final int COLD_WARMUP_QUERIES = 2_000;
    /** Issue 17 #3, at 100,000 documents: faceted queries, a rebuild from stored text. */
    static final double SCALE_QUERY_P95_TARGET_MILLIS = 15;
    static final long SCALE_REINDEX_TARGET_NANOS = 600_000_000_000L;
    static final double START_TARGET_SECONDS = 60;
    static final long PAGE_WEIGHT_TARGET_BYTES = 300 * 1024;
    /** Byte-identical files in ../shared/corpus/fr, rightly answered 409 the second time. */
    static final int DUPLICATES_IN_CORPUS = 1;
    /**
     * Requests sent before timing, per kind: the targets are for a warm server, and the server's (and this client's)
     * JIT keeps compiling through the first thousand requests or so (p95 falls from about 24 ms to 7 ms over them).
     */
    static final String DEFAULT_WARMUP = "2000";

    private static final String USAGE = """
            usage: Benchmark [--url=http://localhost:9289] --password=ADMIN_PASSWORD [--corpus=../shared/corpus/fr]
                             [--threads=2] [--limit=0 (all documents)] [--warmup=2000] [--queries=1000] [--pages=500] [--tika-only]
                             [--peer=../shared/peer-solr|none] (upload and import modes: the peer's index mode runs
                                     before and after Bocage's ingestion, built once into target/peer-solr)
                             [--mode=upload|import (the server's import root holds the corpus folder; no --limit)
                                     |network (generated actors and actions, then the network's pages; no corpus)
                                     |relevance (the judged queries of relevance/queries-fr.tsv; imports the corpus
                                                 unless the server shows it already; --index=<the server's data
                                                 folder>/index prints the live generation's size)]
                             [--actors=2000] [--actions=10000] (network mode)
                             [--mode=newsletter --subscribers=10000 --outbox=<the server's data folder>/outbox]
                            [--mode=diagnosis --organisations=60] (a project's self-diagnosis comparison page)
                            [--mode=coldstart] (the first 300 queries on a server just started on a data folder
                                     that holds the corpus: run after --mode=import or scale, same data folder)
                            [--mode=scale --documents=100000 --import-root=/absolute/bench-import --data=target/bench-data]
                                     (a synthetic corpus written from --corpus into the server's import root, imported;
                                     sizes, a rebuild from stored text, queries, pages and heap at that size)
                            [--mode=load --connections=8,64 --load-warmup=10 --load-seconds=30] (many visitors at
                                     once on the portal's pages; imports the corpus unless the server shows it already)
            """;
    private static final Set<String> OPTIONS = Set.of("url", "password", "corpus", "threads", "limit", "warmup",
            "queries", "pages", "tika-only", "mode", "actors", "actions", "subscribers", "outbox", "organisations",
            "connections", "load-warmup", "load-seconds", "index", "peer", "documents", "import-root", "data", "server-log");

    /** Console output in UTF-8 whatever the platform's default, so accented queries print as they are. */
    private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if ("newsletter".equals(options.get("mode"))) {
            // No corpus, no Tika: one issue to many subscribers, pages timed meanwhile (NewsletterRun).
            ServerApi api = serverApi(options);
            boolean met = new NewsletterRun(api, options.get("password"),
                    Path.of(options.getOrDefault("outbox", "target/bench-data/outbox")), OUT)
                    .run(Integer.parseInt(options.getOrDefault("subscribers", "10000")),
                            Integer.parseInt(options.getOrDefault("warmup", DEFAULT_WARMUP)),
                            Integer.parseInt(options.getOrDefault("pages", "500")));
            System.exit(met ? 0 : 1);
            return;
        }
        if ("diagnosis".equals(options.get("mode"))) {
            // No corpus: 60 organisations answer a 40-question questionnaire, then the comparison page is timed.
            ServerApi api = serverApi(options);
            OUT.printf("== Bocage benchmark: self-diagnosis ==%n");
            OUT.printf("client  Java %s, %d cores; %s%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                    load());
            boolean met = new DiagnosisRun(api, options.get("password"), OUT).run(
                    Integer.parseInt(options.getOrDefault("organisations", "60")),
                    Integer.parseInt(options.getOrDefault("warmup", DEFAULT_WARMUP)),
                    Integer.parseInt(options.getOrDefault("pages", "500")));
            OUT.printf("%n== Summary == (%s)%n", load());
            System.exit(met ? 0 : 1);
            return;
        }
        boolean tikaOnly = Boolean.parseBoolean(options.getOrDefault("tika-only", "false"));
        if (!tikaOnly && options.getOrDefault("password", "").isEmpty()) {
            System.err.println("--password is required unless --tika-only");
            System.err.print(USAGE);
            System.exit(2);
        }
        Path corpus = Path.of(options.getOrDefault("corpus", "../shared/corpus/fr")).toAbsolutePath().normalize();
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        int limit = Integer.parseInt(options.getOrDefault("limit", "0"));
        String mode = options.getOrDefault("mode", "upload");
        if (mode.equals("network")) {
            // One thread: two concurrent publications deadlock in Derby (README, Benchmark), 20 s lost each time.
            System.exit(network(options, 1) ? 0 : 1);
            return;
        }
        if (mode.equals("relevance")) {
            relevance(options, corpus);
            return;
        }
        if (mode.equals("load")) {
            System.exit(load(options, corpus) ? 0 : 1);
            return;
        }
        if (mode.equals("scale")) {
            System.exit(scale(options, corpus, threads) ? 0 : 1);
            return;
        }
        if (mode.equals("coldstart")) {
            System.exit(coldStart(options, corpus) ? 0 : 1);
            return;
        }
        if (!mode.equals("upload") && !mode.equals("import") || mode.equals("import") && limit > 0) {
            System.err.println("--mode is upload, import, network or relevance, and an import takes the whole corpus (no --limit)");
            System.err.print(USAGE);
            System.exit(2);
        }
        List<CorpusCsv.Entry> documents = CorpusCsv.read(corpus, limit);
        long bytes = documents.stream().mapToLong(CorpusCsv.Entry::bytes).sum();

        OUT.printf("== Bocage benchmark ==%n");
        OUT.printf("corpus  %s: %,d documents, %.1f MB; %d threads%n", corpus, documents.size(), bytes / 1e6, threads);
        OUT.printf("client  Java %s, %d cores, max heap %d MiB; %s%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load());

        if (!tikaOnly) {
            // The server's start-up warm-ups would otherwise share the cores with Tika alone and the peer.
            long waiting = System.nanoTime();
            serverApi(options).awaitReady();
            OUT.printf("server ready (its warm-ups ended) after %.1f s of waiting%n", (System.nanoTime() - waiting) / 1e9);
        }
        OUT.printf("%n-- a. Tika alone: in-process AutoDetectParser, nothing stored --%n");
        TikaParseRun.Result tika = TikaParseRun.run(documents, threads);
        OUT.printf("%s%n", tika.throughput().describe());
        OUT.printf("%,d characters extracted; %d truncated at %,d characters; %d failed%n", tika.characters(),
                tika.truncated(), TikaParseRun.WRITE_LIMIT, tika.failed());
        tika.firstErrors().forEach(error -> OUT.printf("  %s%n", error));
        if (tikaOnly) {
            OUT.printf("%n== Summary ==%n--tika-only: no server targets checked; %s%n", load());
            return;
        }

        ServerApi api = serverApi(options);
        String peerSource = options.getOrDefault("peer", "../shared/peer-solr");
        PeerRun peer = peerSource.equals("none") ? null
                : PeerRun.built(Path.of(peerSource).toAbsolutePath().normalize(), Path.of("target/peer-solr").toAbsolutePath());
        PeerRun.Result peerBefore = peer(peer, corpus, threads, "before");
        IngestRun.Result ingest = mode.equals("import")
                ? ingest(documents.size(), tika.throughput(), "b. Server-side import: POST " + api.base()
                        + "/api/admin/imports of folder " + corpus.getFileName() + " of its import root",
                        () -> ImportRun.run(api, corpus.getFileName().toString(), documents))
                : ingest(documents.size(), tika.throughput(), "b. Ingestion through the server: POST " + api.base()
                        + "/api/resources", () -> IngestRun.run(api, documents, threads));
        extracted(options, tika.characters(), ingest.resourcesBefore());
        PeerRun.Result peerAfter = peer(peer, corpus, threads, "after");
        double peerTarget = mode.equals("import") ? IMPORT_PEER_RATIO_TARGET : UPLOAD_PEER_RATIO_TARGET;
        PeerComparison comparison = new PeerComparison(peerBefore, peerAfter, peerTarget);
        OUT.printf("ratio to the peer: %s (target ≥ %.1f×)%n", comparison.describe(ingest), peerTarget);
        QueryRun.Result search = search(api, ingest.resourcesAfter(), threads, Integer.parseInt(options.getOrDefault("warmup", DEFAULT_WARMUP)),
                Integer.parseInt(options.getOrDefault("queries", "1000")));
        PageRun.Result pages = pages(api, Integer.parseInt(options.getOrDefault("warmup", DEFAULT_WARMUP)),
                Integer.parseInt(options.getOrDefault("pages", "500")));
        backup(api);
        boolean met = summary(documents.size(), comparison, ingest, search, threads) & summary(pages);
        System.exit(met ? 0 : 1);
    }

    /**
     * The network's benchmark (issue 13): generated actors and actions through the API, then the network's pages
     * and results timed against their targets; true when every target is met.
     */
    private static boolean network(Map<String, String> options, int threads) throws Exception {
        ServerApi api = serverApi(options);
        int actors = Integer.parseInt(options.getOrDefault("actors", "2000"));
        int actions = Integer.parseInt(options.getOrDefault("actions", "10000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", DEFAULT_WARMUP));
        int measured = Integer.parseInt(options.getOrDefault("pages", "500"));
        OUT.printf("== Bocage benchmark: the network ==%n");
        OUT.printf("client  Java %s, %d cores; %s%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                load());
        OUT.printf("%n-- Generation: %,d actors and %,d actions (1 to 5 values each) through %s/api, %d threads,"
                + " missing ones only --%n", actors, actions, api.base(), threads);
        NetworkRun.Result run = new NetworkRun(api).run(actors, actions, threads, warmup, measured);
        OUT.printf("generated in %.1f s (%,d values this run); search shows %,d actors and %,d actions after %.1f s more%n",
                run.generationSeconds(), run.values(), run.actors(), run.actions(), run.indexSeconds());
        OUT.printf("%n-- Pages and API: one request at a time, %d warm-up then %d measured per kind --%n", warmup,
                measured);
        run.timed().forEach(t -> OUT.printf("%s: %s; largest answer %,d bytes%n", t.kind().name(),
                t.latency().describe(), t.maxBytes()));
        OUT.printf("failed requests: %,d%n", run.failures());
        run.firstErrors().forEach(error -> OUT.printf("  %s%n", error));
        OUT.printf("%n== Summary == (%s)%n", load());
        boolean met = run.failures() == 0 && run.actions() >= actions && run.actors() >= actors;
        for (NetworkRun.Timed t : run.timed()) {
            OUT.printf("%-46s %s (median %.1f ms, p95 %.1f ms, p99 %.1f ms)%n", t.kind().name() + " p95 < "
                    + (int) t.kind().targetMillis() + " ms", verdict(t.met()), t.latency().percentileMillis(50),
                    t.latency().percentileMillis(95), t.latency().percentileMillis(99));
            met &= t.met();
        }
        return met;
    }

    /**
     * The relevance evaluation (issue 16): imports the corpus unless search already shows it, then the judged
     * queries' recall@10, MRR@10, zero-result rate and latency (RelevanceRun). Figures, no targets: exit code 0.
     */
    private static void relevance(Map<String, String> options, Path corpus) throws Exception {
        ServerApi api = serverApi(options);
        List<CorpusCsv.Entry> documents = CorpusCsv.read(corpus, 0);
        RelevanceSet set = RelevanceSet.load();
        OUT.printf("== Bocage benchmark: relevance ==%n");
        OUT.printf("%d judged queries (%d held-out) over %s; %s%n", set.queries().size(),
                set.queries().stream().filter(RelevanceSet.Judged::heldOut).count(), corpus, load());
        holdCorpus(api, corpus, documents);
        if (options.containsKey("index")) {
            OUT.printf("live index generation: %,d bytes%n", liveGenerationBytes(Path.of(options.get("index"))));
        }
        int warmup = Integer.parseInt(options.getOrDefault("warmup", DEFAULT_WARMUP));
        int rounds = (warmup + set.queries().size() - 1) / set.queries().size();
        OUT.printf("%n-- GET %s/api/search, one at a time, after %d warm-up rounds --%n", api.base(), rounds);
        new RelevanceRun(api, OUT).run(set, rounds);
    }

    /**
     * Imports the corpus unless search shows it already (a second run against the same server takes a minute); true
     * when it had to.
     */
    private static boolean holdCorpus(ServerApi api, Path corpus, List<CorpusCsv.Entry> documents) throws Exception {
        int expected = documents.size() - DUPLICATES_IN_CORPUS;
        int visible = searchTotal(api);
        boolean imported = visible < expected;
        if (imported) {
            OUT.printf("%n-- Import: search shows %,d of %,d documents --%n", visible, expected);
            long start = System.nanoTime();
            IngestRun.Result ingest = ImportRun.run(api, corpus.getFileName().toString(), documents);
            OUT.printf("created %,d; duplicate %,d; other %,d in %.1f s%n", ingest.created(), ingest.conflicts(),
                    ingest.others(), ingest.uploadNanos() / 1e9);
            ingest.firstErrors().forEach(error -> OUT.printf("  %s%n", error));
            long deadline = System.nanoTime() + 600_000_000_000L;
            while ((visible = searchTotal(api)) < expected && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            OUT.printf("imported and searchable in %.1f s: %.2f documents/s (%s)%n", seconds, visible / seconds, load());
        }
        OUT.printf("search shows %,d documents%n", visible);
        return imported;
    }

    /** The size of the index generation the server searches: {@code current} names it (see GenerationLayout). */
    private static long liveGenerationBytes(Path index) throws IOException {
        return DiskUsage.bytesUnder(index.resolve(Files.readString(index.resolve("current"), StandardCharsets.UTF_8).strip()));
    }

    /** The server under test: {@code --url} and the administrator's {@code --password}. */
    private static ServerApi serverApi(Map<String, String> options) {
        return new ServerApi(URI.create(options.getOrDefault("url", "http://localhost:9289")), options.get("password"));
    }

    /**
     * The load benchmark (issue 19): the portal's busiest pages and the API's search under many connections at once
     * (LoadRun), over the corpus; true when the targets are met.
     */
    private static boolean load(Map<String, String> options, Path corpus) throws Exception {
        ServerApi api = serverApi(options);
        OUT.printf("== Bocage benchmark: the portal under load ==%n");
        OUT.printf("client  Java %s, %d cores (the load generator shares them with the server); %s%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), load());
        boolean imported = holdCorpus(api, corpus, CorpusCsv.read(corpus, 0));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("load-warmup", "10")));
        Duration measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("load-seconds", "30")));
        List<Integer> connections = Arrays.stream(options.getOrDefault("connections", "8,64").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        LoadGenerator generator = LoadGenerator.best();
        LoadRun run = new LoadRun(api, generator, OUT);
        List<LoadRun.Target> targets = run.targets();
        Map<String, Boolean> verdicts = imported ? new LinkedHashMap<>()
                : firstRequests(run, targets, Path.of(options.getOrDefault("server-log", "")));
        if (imported) {
            OUT.printf("%nFirst requests after a start not measured: the server started without the corpus; run again"
                    + " on the same data folder (-Dmaven.clean.skip=true)%n");
        }
        OUT.printf("%n-- Closed-loop connections, every target warmed up, then %d s of warm-up and %d s measured each,"
                + " timeout %d s: %s --%n",
                warmup.toSeconds(), measured.toSeconds(), LoadRun.TIMEOUT.toSeconds(), generator.describe());
        api.status(); // fails early if this data folder's administrator has another password
        List<LoadRun.Result> results = new ArrayList<>();
        run.warmUp(targets, connections.get(0), warmup);
        for (LoadRun.Target target : targets) {
            for (int n : connections) {
                results.add(run.run(target, n, warmup, measured));
            }
        }
        OUT.printf("%n== Summary == (%s)%n", load());
        boolean met = true;
        verdicts.putAll(LoadRun.verdicts(results));
        for (Map.Entry<String, Boolean> verdict : verdicts.entrySet()) {
            OUT.printf("%-60s %s%n", verdict.getKey(), verdict(verdict.getValue()));
            met &= verdict.getValue();
        }
        return met;
    }

    /**
     * The first request to each target once the server's start-up warm-ups have ended (its log says so), as the first
     * visitors after a start would find it; a verdict per target.
     */
    private static Map<String, Boolean> firstRequests(LoadRun run, List<LoadRun.Target> targets, Path serverLog)
            throws Exception {
        OUT.printf("%n-- The first request to each page after a start, once the start-up warm-ups ended --%n");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!StartupLog.warmedUp(serverLog) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        OUT.printf("warm-ups %s (%s)%n", StartupLog.warmedUp(serverLog) ? "ended" : "not ended in 3 minutes", serverLog);
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        for (LoadRun.Target target : targets) {
            double millis = run.once(target);
            OUT.printf("%-18s %s: %.1f ms%n", target.name(), target.paths().get(0), millis);
            verdicts.put("first request to " + target.name() + " after a start < "
                    + (int) LoadRun.FIRST_REQUEST_TARGET_MILLIS + " ms", millis < LoadRun.FIRST_REQUEST_TARGET_MILLIS);
        }
        return verdicts;
    }

    /**
     * The first queries after a start (issue 17 #4): a server just started on a data folder that holds the corpus
     * answers the first {@value #COLD_QUERIES} queries of the faceted mix, one at a time, once it says it is ready
     * (its search warm-up has ended: a load balancer sends no visitor before); true when their p95 is under
     * {@value #COLD_P95_TARGET_MILLIS} ms.
     */
    private static boolean coldStart(Map<String, String> options, Path corpus) throws Exception {
        ServerApi api = serverApi(options);
        OUT.printf("== Bocage benchmark: the first queries after a start ==%n");
        OUT.printf("client  Java %s, %d cores; %s%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                load());
        long start = System.nanoTime();
        int visible = searchTotal(api);
        OUT.printf("search answered %.1f s after this client started; it shows %,d documents%n",
                (System.nanoTime() - start) / 1e9, visible);
        OptionalDouble started = StartupLog.startSeconds(Path.of(options.getOrDefault("server-log", "")));
        boolean startPass = started.isPresent() && started.getAsDouble() < START_TARGET_SECONDS;
        if (visible < CorpusCsv.read(corpus, 0).size() - DUPLICATES_IN_CORPUS) {
            OUT.printf("the server does not hold the corpus: run -Dbench.mode=import first (same data folder)%n");
            return false;
        }
        api.awaitReady();
        OUT.printf("ready %.1f s after this client started (the search warm-up ended)%n",
                (System.nanoTime() - start) / 1e9);
        long clientWarmup = warmClient(api);
        OUT.printf("this client warmed its own HTTP code on %,d requests for a style sheet in %.1f s (no search)%n",
                CLIENT_WARMUP_REQUESTS, clientWarmup / 1e9);
        QueryRun run = new QueryRun(api);
        LatencyStats cold = run.cold(COLD_QUERIES);
        OUT.printf("first %d queries (%d × %d filter sets, in order), one at a time: %s%n", COLD_QUERIES,
                QueryRun.QUERIES.size(), QueryRun.FILTERS.size(), cold.describe());
        LatencyStats warm = run.warm(COLD_WARMUP_QUERIES, COLD_QUERIES);
        OUT.printf("the same %d queries after %,d more, one at a time: %s%n", COLD_QUERIES, COLD_WARMUP_QUERIES,
                warm.describe());
        OUT.printf("failed requests: %,d%n", run.failures());
        boolean met = run.failures() == 0 && cold.percentileMillis(95) < COLD_P95_TARGET_MILLIS && startPass;
        OUT.printf("%n== Summary == (%s)%n", load());
        OUT.printf("%-46s %s (median %.1f ms, p95 %.1f ms, p99 %.1f ms)%n", "first " + COLD_QUERIES
                + " queries after start p95 < " + (int) COLD_P95_TARGET_MILLIS + " ms", verdict(met),
                cold.percentileMillis(50), cold.percentileMillis(95), cold.percentileMillis(99));
        OUT.printf("%-46s (median %.1f ms, p95 %.1f ms, p99 %.1f ms)%n", "  the same queries warm, in this run",
                warm.percentileMillis(50), warm.percentileMillis(95), warm.percentileMillis(99));
        OUT.printf("%-46s %s (%s)%n", "start-up < " + (int) START_TARGET_SECONDS + " s with this data folder",
                verdict(startPass), started.isPresent() ? String.format("Liberty: started in %.1f s",
                        started.getAsDouble()) : "no start-up time in " + options.get("server-log"));
        return met;
    }

    /**
     * Sends requests for the style sheet, which touch neither the search nor the database, so that the timed queries
     * measure the server: this client's own JVM compiles its HTTP client meanwhile. Without it, the same 300 queries
     * sent again to a server already warm had a p95 of 23 ms from a fresh client, 12 ms from one that is not a JVM.
     */
    private static long warmClient(ServerApi api) throws IOException, InterruptedException {
        long start = System.nanoTime();
        for (int i = 0; i < CLIENT_WARMUP_REQUESTS; i++) {
            HttpResponse<String> response = api.get("/static/bocage.css");
            if (response.statusCode() != 200) {
                throw new IOException("GET /static/bocage.css: HTTP " + response.statusCode());
            }
        }
        return System.nanoTime() - start;
    }

    /**
     * The scale benchmark (issue 17 #3): a synthetic corpus of {@code --documents} documents imported into the server,
     * then the data folder's size, a rebuild of the index from stored text, faceted queries and pages at that size,
     * and the heap's peak, against the targets. Start-up and the first queries: --mode=coldstart after it.
     */
    private static boolean scale(Map<String, String> options, Path corpus, int threads) throws Exception {
        ServerApi api = serverApi(options);
        int documents = Integer.parseInt(options.getOrDefault("documents", "100000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", DEFAULT_WARMUP));
        OUT.printf("== Bocage benchmark: a resource centre of %,d documents ==%n", documents);
        OUT.printf("client  Java %s, %d cores; %s%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                load());
        Path importRoot = Path.of(options.getOrDefault("import-root", ""));
        if (!importRoot.isAbsolute()) {
            // The server resolves a relative folder against its own directory, not this one.
            System.err.println("--import-root (-Dbench.import.dir) must be absolute, e.g. $PWD/target/bench-import");
            return false;
        }
        ScaleRun scale = new ScaleRun(api, OUT);
        Path folder = scale.corpus(corpus, importRoot, documents);
        List<CorpusCsv.Entry> rows = CorpusCsv.read(folder, 0);
        OUT.printf("%n-- Import: POST %s/api/admin/imports of folder %s of its import root, then a rebuild of the "
                + "index from stored text (POST /api/admin/reindex) --%n", api.base(), folder.getFileName());
        ScaleRun.Result run = scale.run(folder, rows, Path.of(options.getOrDefault("data", "target/bench-data")));
        IngestRun.Result imported = run.imported();
        OUT.printf("created %,d; duplicate %,d; other %,d; %s%n", imported.created(), imported.conflicts(),
                imported.others(), imported.throughput().describe());
        imported.firstErrors().forEach(error -> OUT.printf("  %s%n", error));
        run.folders().forEach((name, bytes) -> OUT.printf("data folder %-12s %,15d bytes%n", name, bytes));
        OUT.printf("rebuild from stored text: %s%n", run.reindexNanos() < 0 ? "did not complete: " + run.reindexError()
                : String.format("%.1f s", run.reindexNanos() / 1e9));
        QueryRun.Result search = search(api, imported.resourcesAfter(), threads, warmup,
                Integer.parseInt(options.getOrDefault("queries", "1000")));
        PageRun.Result pages = pages(api, warmup, Integer.parseInt(options.getOrDefault("pages", "500")));
        long heap = Math.max(imported.heap().maxUsedBytes(), run.reindexHeap().maxUsedBytes());

        OUT.printf("%n== Summary == (%s)%n", load());
        boolean importPass = imported.created() == rows.size() && imported.others() == 0;
        OUT.printf("%-46s %s (%,d of %,d created in %.1f s)%n", "every document imported", verdict(importPass),
                imported.created(), rows.size(), imported.uploadNanos() / 1e9);
        double p95 = search.sequential().percentileMillis(95);
        boolean searchPass = search.sane() && p95 < SCALE_QUERY_P95_TARGET_MILLIS;
        OUT.printf("%-46s %s (p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %,d failed requests)%n",
                "faceted query p95 < " + (int) SCALE_QUERY_P95_TARGET_MILLIS + " ms", verdict(searchPass),
                search.sequential().percentileMillis(50), p95, search.sequential().percentileMillis(99),
                search.failures());
        boolean reindexPass = run.reindexNanos() >= 0 && run.reindexNanos() < SCALE_REINDEX_TARGET_NANOS;
        OUT.printf("%-46s %s (%s)%n", "rebuild from stored text < 10 min", verdict(reindexPass),
                run.reindexNanos() < 0 ? "did not complete" : String.format("%.1f s", run.reindexNanos() / 1e9));
        boolean heapPass = heap >= 0 && heap < HEAP_TARGET_BYTES;
        OUT.printf("%-46s %s (max %s during the import and the rebuild)%n", "server heap used < 512 MiB",
                verdict(heapPass), mebibytes(heap));
        boolean met = importPass & searchPass & reindexPass & heapPass & summary(pages);
        OUT.printf("start-up with this data folder and the first queries: -Dbench.mode=coldstart "
                + "-Dmaven.clean.skip=true -Dbench.corpus=%s%n", folder.toAbsolutePath());
        return met;
    }

    /** How many documents search shows, once it answers: the application may still be starting (503, or slow). */
    private static int searchTotal(ServerApi api) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (true) {
            String failure;
            try {
                HttpResponse<String> response = api.search("", Map.of());
                if (response.statusCode() == 200) {
                    return ServerApi.json(response.body()).getInt("total");
                }
                failure = response.statusCode() + ": " + ServerApi.abbreviate(response.body());
            } catch (IOException e) {
                failure = e.toString();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("GET /api/search answered " + failure);
            }
            Thread.sleep(1000);
        }
    }

    /** One way of ingesting the corpus, the upload run or the import run. */
    private interface Run {
        IngestRun.Result run() throws Exception;
    }

    private static IngestRun.Result ingest(int documents, Throughput tikaAlone, String title, Run run) throws Exception {
        OUT.printf("%n-- %s --%n", title);
        IngestRun.Result ingest = run.run();
        HeapMonitor.Peak heap = ingest.heap();
        OUT.printf("created %,d; duplicate %,d; other %,d%n", ingest.created(), ingest.conflicts(), ingest.others());
        ingest.firstErrors().forEach(error -> OUT.printf("  %s%n", error));
        OUT.printf("requests done in %.1f s; server counted %s resources before, %s after%n",
                ingest.uploadNanos() / 1e9, count(ingest.resourcesBefore()), count(ingest.resourcesAfter()));
        OUT.printf("%s%n", ingest.throughput().describe());
        OUT.printf("ratio to Tika alone: %s of %.1f documents/s%n", ratio(ingest, documents, tikaAlone),
                tikaAlone.documentsPerSecond());
        OUT.printf("server heap: max used %s of %s max, %d samples, %d failed polls (target < %d MiB)%n",
                mebibytes(heap.maxUsedBytes()), mebibytes(heap.heapMaxBytes()), heap.samples(), heap.failures(),
                HEAP_TARGET_BYTES >> 20);
        if (heap.firstFailure() != null) {
            OUT.printf("  first failed poll: %s%n", heap.firstFailure());
        }
        if (heap.heapMaxBytes() > HEAP_TARGET_BYTES) {
            // With -Xmx512m the used heap cannot pass 512 MiB; a larger max means the option did not reach the server.
            OUT.printf("  note: the server's max heap is above %d MiB, so it does not run with -Xmx512m%n", HEAP_TARGET_BYTES >> 20);
        }
        return ingest;
    }

    /**
     * The characters the server kept against Tika alone's (issue 17: within 1 %); Tika alone counts a file that the
     * corpus holds twice twice, the server keeps its text once.
     */
    private static void extracted(Map<String, String> options, long tikaAlone, int resourcesBefore)
            throws IOException {
        String data = options.get("data");
        if (data == null || resourcesBefore != 0) {
            OUT.printf("characters kept by the server: not counted (%s)%n", data == null ? "no --data folder"
                    : resourcesBefore < 0 ? "its resources before are unknown"
                    : "it held " + resourcesBefore + " resources before");
            return;
        }
        long kept = StoredText.characters(Path.of(data));
        OUT.printf("characters kept by the server: %,d, %.2f %% of Tika alone's %,d (target: within 1 %%)%n", kept,
                tikaAlone == 0 ? 0 : 100.0 * kept / tikaAlone, tikaAlone);
    }

    private static QueryRun.Result search(ServerApi api, int visible, int threads, int warmup, int measured)
            throws InterruptedException {
        OUT.printf("%n-- c. Search: GET %s/api/search, %d queries × %d filter sets --%n", api.base(),
                QueryRun.QUERIES.size(), QueryRun.FILTERS.size());
        QueryRun.Result search = new QueryRun(api).run(visible, warmup, measured, threads);
        search.sanityTotals().forEach((q, total) -> OUT.printf("total for %s: %,d%n", q, total));
        OUT.printf("sequential, after %d warm-up queries: %s%n", warmup, search.sequential().describe());
        OUT.printf("parallel, %d threads: %s%n", threads, search.parallel().describe());
        OUT.printf("failed requests: %,d of %,d%n", search.failures(), search.requests());
        search.firstErrors().forEach(error -> OUT.printf("  %s%n", error));
        return search;
    }

    private static PageRun.Result pages(ServerApi api, int warmup, int measured) throws Exception {
        OUT.printf("%n-- d. Portal pages: GET %s, one at a time, %d warm-up then %d measured per kind --%n",
                api.base(), warmup, measured);
        PageRun.Result pages = new PageRun(api).run(warmup, measured);
        OUT.printf("stylesheet, script and icon: %,d bytes%n", pages.assetBytes());
        pages.pages().forEach(page -> OUT.printf("%s: %s; largest HTML %,d bytes%n", page.name(),
                page.latency().describe(), page.maxHtmlBytes()));
        OUT.printf("failed requests: %,d%n", pages.failures());
        pages.firstErrors().forEach(error -> OUT.printf("  %s%n", error));
        return pages;
    }

    /** A backup of what was ingested: its time and size, to restore from with BOCAGE_RESTORE_FROM (README). */
    private static void backup(ServerApi api) throws Exception {
        OUT.printf("%n-- e. Backup: POST %s/api/admin/backups --%n", api.base());
        long start = System.nanoTime();
        JsonObject backup = api.backup();
        OUT.printf("%s: %.1f s (server %.1f s), %.1f MB, %,d files, %,d texts, database %s; in %s%n",
                backup.getString("name"), (System.nanoTime() - start) / 1e9, backup.getJsonNumber("durationMillis")
                        .longValue() / 1e3, backup.getJsonNumber("bytes").longValue() / 1e6, backup.getInt("files"),
                backup.getInt("texts"), backup.getString("database"), backup.getString("folder"));
    }

    /** Prints the page targets with PASS or MISS; true when both are met for every kind of page. */
    private static boolean summary(PageRun.Result pages) {
        boolean met = pages.failures() == 0;
        for (PageRun.Page page : pages.pages()) {
            long weight = page.maxHtmlBytes() + pages.assetBytes();
            double p95 = page.latency().percentileMillis(95);
            boolean pass = p95 < PAGE_P95_TARGET_MILLIS && weight < PAGE_WEIGHT_TARGET_BYTES;
            OUT.printf("%-46s %s (median %.1f ms, p95 %.1f ms; %,d bytes with CSS, JS and icon)%n",
                    "page " + page.name() + " p95 < 50 ms, < 300 KB", verdict(pass),
                    page.latency().percentileMillis(50), p95, weight);
            met &= pass;
        }
        return met;
    }

    /** The peer's index mode, with what it printed, or null without a peer ({@code --peer=none}). */
    private static PeerRun.Result peer(PeerRun peer, Path corpus, int threads, String when) throws Exception {
        if (peer == null) {
            return null;
        }
        OUT.printf("%n-- The peer %s: embedded Solr + Tika's defaults in one JVM, index mode, %d threads --%n", when,
                threads);
        PeerRun.Result result = peer.index(corpus, threads);
        OUT.printf("indexed %,d of %,d documents: %.1f documents/s; %.2f million characters extracted%n",
                result.indexed(), result.files(), result.documentsPerSecond(), result.characters());
        return result;
    }

    /** Prints the targets with PASS or MISS; true when every target is met (the peer's when it ran). */
    private static boolean summary(int documents, PeerComparison peer, IngestRun.Result ingest,
                                   QueryRun.Result search, int threads) {
        HeapMonitor.Peak heap = ingest.heap();
        boolean ingestPass = ingestedAll(ingest, documents) && peer.met(ingest);
        boolean heapPass = heap.samples() > 0 && heap.maxUsedBytes() < HEAP_TARGET_BYTES;
        double p95 = search.sequential().percentileMillis(95);
        boolean searchPass = search.sane() && p95 < QUERY_P95_TARGET_MILLIS;
        OUT.printf("%n== Summary == (%s)%n", load());
        OUT.printf("%-46s %s (%s; %,d of %,d documents created)%n",
                String.format("ingestion ≥ %.1f× the peer, same run", peer.target()),
                peer.ran() ? verdict(ingestPass) : "SKIP", peer.describe(ingest), ingest.created(),
                documents);
        OUT.printf("%-46s %s (max %s seen in %d samples)%n", "server heap used < 512 MiB during ingestion",
                verdict(heapPass), mebibytes(heap.maxUsedBytes()), heap.samples());
        OUT.printf("%-46s %s (median %.1f ms, p95 %.1f ms sequential; %.1f queries/s on %d threads; sanity totals %s,"
                        + " %,d failed requests)%n", "faceted query p95 < 10 ms, every query answered", verdict(searchPass),
                search.sequential().percentileMillis(50), p95, search.parallel().perSecond(), threads,
                search.sanityTotals().values(), search.failures());
        return (ingestPass || !peer.ran()) && heapPass && searchPass;
    }

    /** {@code --name=value} options; a bare {@code --tika-only} means true. */
    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("not an option: " + arg);
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option: " + arg);
            }
            options.put(name, eq < 0 ? "true" : arg.substring(eq + 1));
        }
        return options;
    }

    /**
     * Ingestion rate as a share of the Tika-alone rate. It means something only when every document was taken in:
     * created, or refused as a duplicate of one created in the same run (the French corpus holds one such pair).
     */
    private static String ratio(IngestRun.Result ingest, int documents, Throughput tikaAlone) {
        return ingestedAll(ingest, documents)
                ? String.format("%.1f %%", 100 * ingest.throughput().documentsPerSecond() / tikaAlone.documentsPerSecond())
                : "n/a";
    }

    private static boolean ingestedAll(IngestRun.Result ingest, int documents) {
        return ingest.others() == 0 && ingest.created() + ingest.conflicts() == documents
                && ingest.conflicts() <= DUPLICATES_IN_CORPUS;
    }

    /** The machine's load, printed with the figures because other work on the same cores skews them. */
    private static String load() {
        return String.format("load average %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String count(int resources) {
        return resources < 0 ? "n/a" : String.format("%,d", resources);
    }

    private static String verdict(boolean pass) {
        return pass ? "PASS" : "MISS";
    }

    private static String mebibytes(long bytes) {
        return bytes < 0 ? "n/a" : String.format("%.1f MiB", bytes / 1048576.0);
    }
}

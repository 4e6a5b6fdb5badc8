package fr.bocage.benchmark;

import fr.bocage.platform.DiskUsage;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A resource centre of many documents (issue 17 #3): the synthetic corpus written into the server's import root
 * (once; the same arguments write the same bytes), imported, then the data folder's size, a rebuild of the index
 * from the stored text (no parsing), and the heap's peak throughout. Queries and pages are timed by the caller.
 */
final class ScaleRun {

    /**
     * @param folders      bytes on disk of each folder of the data folder (database, index, files, texts…)
     * @param reindexNanos the rebuild's time, from its request to its end; -1 if it did not complete
     */
    record Result(IngestRun.Result imported, Map<String, Long> folders, long reindexNanos, String reindexError,
            HeapMonitor.Peak reindexHeap) {
    }

    private static final long REINDEX_LIMIT_NANOS = 3_600_000_000_000L;

    private final ServerApi api;
    private final PrintStream out;

    ScaleRun(ServerApi api, PrintStream out) {
        this.api = api;
        this.out = out;
    }

    /** The synthetic folder of {@code documents} documents under the import root, written if it is not there. */
    Path corpus(Path realCorpus, Path importRoot, int documents) throws IOException {
        Path folder = importRoot.resolve("synthetic-" + documents);
        if (Files.isRegularFile(folder.resolve("metadata.csv"))) {
            out.printf("synthetic corpus: %s (already written)%n", folder);
            return folder;
        }
        long start = System.nanoTime();
        SyntheticCorpus.from(realCorpus, 0).write(folder, documents);
        out.printf("synthetic corpus: %,d documents written to %s in %.1f s%n", documents, folder,
                (System.nanoTime() - start) / 1e9);
        return folder;
    }

    Result run(Path folder, List<CorpusCsv.Entry> documents, Path dataFolder) throws Exception {
        IngestRun.Result imported = ImportRun.run(api, folder.getFileName().toString(), documents);
        Map<String, Long> folders = sizes(dataFolder);
        try (HeapMonitor heap = new HeapMonitor(api).start()) {
            long start = System.nanoTime();
            HttpResponse<String> started = api.postJson("/api/admin/reindex", "{}");
            if (started.statusCode() != 202) {
                return new Result(imported, folders, -1, "POST /api/admin/reindex answered " + started.statusCode()
                        + ": " + ServerApi.abbreviate(started.body()), heap.peak());
            }
            JsonObject progress = api.reindexProgress();
            while ("running".equals(progress.getString("state")) && System.nanoTime() - start < REINDEX_LIMIT_NANOS) {
                Thread.sleep(500);
                progress = api.reindexProgress();
            }
            long nanos = System.nanoTime() - start;
            boolean done = "done".equals(progress.getString("state"));
            return new Result(imported, folders, done ? nanos : -1, done ? null : progress.toString(), heap.peak());
        }
    }

    /** Bytes under each folder of the data folder, and the files at its top as one line. */
    static Map<String, Long> sizes(Path dataFolder) throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> children = Files.list(dataFolder)) {
            for (Path child : children.toList()) {
                String name = Files.isDirectory(child) ? child.getFileName() + "/" : "(files)";
                sizes.merge(name, DiskUsage.bytesUnder(child), Long::sum);
            }
        }
        return sizes;
    }
}

package fr.bocage.benchmark;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Asks the server to import the corpus folder itself ({@code POST /api/admin/imports}) and times it from the request
 * to the job's end, polling its progress every 250 ms while {@link HeapMonitor} watches the heap. Nothing is sent
 * but the request: the server reads the files from its import root, which must hold the corpus folder.
 */
final class ImportRun {

    private ImportRun() {
    }

    static IngestRun.Result run(ServerApi api, String folder, List<CorpusCsv.Entry> documents) throws Exception {
        int before = IngestRun.resources(api);
        try (HeapMonitor monitor = new HeapMonitor(api).start()) {
            long start = System.nanoTime();
            HttpResponse<String> started = api.startImport(folder);
            if (started.statusCode() != 202) {
                throw new IllegalStateException("POST /api/admin/imports answered " + started.statusCode() + ": "
                        + ServerApi.abbreviate(started.body()));
            }
            long id = ServerApi.json(started.body()).getJsonNumber("id").longValue();
            JsonObject job = api.importJob(id);
            while ("running".equals(job.getString("state"))) {
                Thread.sleep(250);
                job = api.importJob(id);
            }
            long nanos = System.nanoTime() - start;
            long bytes = documents.stream().mapToLong(CorpusCsv.Entry::bytes).sum();
            List<String> errors = job.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .filter(e -> !"duplicate".equals(e.getString("status")))
                    .limit(5)
                    .map(e -> e.getString("file") + ": " + e.getString("status") + " " + e.getString("message"))
                    .toList();
            if (!"done".equals(job.getString("state"))) {
                errors = List.of("import " + job.getString("state") + ": " + job.getString("message", ""));
            }
            return new IngestRun.Result(new Throughput(documents.size(), bytes, nanos), nanos, job.getInt("created"),
                    job.getInt("duplicates"), job.getInt("refused") + job.getInt("failed"), errors, before,
                    IngestRun.resources(api), monitor.peak());
        }
    }
}

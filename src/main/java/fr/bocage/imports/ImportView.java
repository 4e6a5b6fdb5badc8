package fr.bocage.imports;

import fr.bocage.platform.rest.ApiNames;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** An import as the admin API shows it; {@code errors} only on a single job, not in the list. */
@JsonbPropertyOrder({"id", "kind", "folder", "csv", "publish", "owner", "state", "total", "processed", "created",
        "duplicates", "refused", "failed", "percent", "startedAt", "finishedAt", "message", "errorCount", "errors"})
public record ImportView(long id, String kind, String folder, String csv, boolean publish, String owner, String state, int total,
        int processed, int created, int duplicates, int refused, int failed, int percent, Instant startedAt,
        Instant finishedAt, String message, int errorCount, List<ErrorView> errors) {

    @JsonbPropertyOrder({"line", "file", "status", "message"})
    public record ErrorView(long line, String file, String status, String message) {
    }

    public static ImportView of(ImportJob job, boolean withErrors) {
        // One consistent picture of a job that other threads are updating.
        synchronized (job) {
            int percent = job.getState() == ImportState.DONE || job.getTotal() == 0 ? 100
                    : (int) Math.min(100, job.getProcessed() * 100L / job.getTotal());
            List<ErrorView> errors = !withErrors ? null : job.getErrors().stream()
                    .map(e -> new ErrorView(e.getLine(), e.getFile(), ApiNames.of(e.getOutcome()), e.getMessage()))
                    .toList();
            return new ImportView(job.getId(), job.getKind(), job.getFolder(), job.getCsv(), job.isPublish(), job.getOwner(),
                    ApiNames.of(job.getState()), job.getTotal(), job.getProcessed(), job.getCreated(), job.getDuplicates(),
                    job.getRefused(), job.getFailed(), percent, job.getStartedAt(), job.getFinishedAt(),
                    job.getMessage(), job.getErrorCount(), errors);
        }
    }
}

package fr.bocage.imports;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.catalog.ResourceService;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.ingest.ContentStore;
import fr.bocage.ingest.IngestSettings;
import fr.bocage.ingest.StagedFile;
import fr.bocage.platform.Messages;
import fr.bocage.platform.StartupOrder;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.security.Caller;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports a server folder described by a metadata manifest, in the background: each row goes through the same
 * pipeline as an upload, on as many parallel tasks as there are extraction workers. One import runs at a time, so
 * that uploads and searches keep their share of the server; a bad row is counted and kept, never fatal. The same
 * jobs import a CSV of actors or actions sent with the request, whose rows an {@link ImportKind} reads.
 */
@ApplicationScoped
public class ImportService {
    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
    public static final String DEFAULT_CSV = "metadata.csv";
    /** Rows between two saves of the counters: progress survives a stop without a write per row. */
    private static final int SAVE_EVERY = 50;

    @Inject
    ImportRoot root;

    @Inject
    ImportJobRepository jobs;

    @Inject
    ResourceService resources;

    @Inject
    ContentStore contents;

    @Inject
    IngestSettings settings;

    @Inject
    Validator validator;

    @Inject
    ImportKinds kinds;

    @Resource
    ManagedExecutorService executor;

    @Inject
    MeterRegistry meters;

    private final AtomicReference<ImportJob> running = new AtomicReference<>();
    /** Set when the application stops: the rows left are not started, and the next start marks the job interrupted. */
    private volatile boolean stopping;

    private record RowResult(RowOutcome outcome, String message) {
    }

    /** A job still running in the database was cut short by a stop; re-running it is safe (duplicates answer 409). */
    void onStart(@Observes @Priority(StartupOrder.IMPORTS) @Initialized(ApplicationScoped.class) Object ignored) {
        Gauge.builder("bocage.import.running", running, job -> job.get() == null ? 0 : 1)
                .description("1 while an import runs").register(meters);
        LOG.info(() -> "Import folder: " + root.path());
        int interrupted = jobs.interruptRunning(Messages.get("import.interrupted"));
        if (interrupted > 0) {
            LOG.warning(interrupted + " import(s) interrupted by the last stop");
        }
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        stopping = true;
    }

    /** Checks the folder and reads the manifest (400 on a problem), then imports in the background (409 if busy). */
    public ImportJob start(String folderName, String csvName, boolean publish, String owner) {
        Path folder = root.folder(folderName);
        String csv = csvName == null || csvName.isBlank() ? DEFAULT_CSV : csvName.strip();
        List<ImportRow> rows = read(root.manifest(folder, csv));
        String relative = root.path().relativize(folder).toString();
        ImportJob job = new ImportJob(relative.isEmpty() ? "." : relative, csv, publish, owner, rows.size());
        ResourceStatus status = publish ? ResourceStatus.PUBLISHED : ResourceStatus.SUBMITTED;
        int tasks = Math.max(1, Math.min(settings.extractionLimits().concurrency(), rows.size()));
        begin(job, rows, tasks, row -> process(job, row, folder, status));
        LOG.info(() -> "Import " + job.getId() + " of " + folder + " started by " + owner + ": " + rows.size() + " rows");
        return job;
    }

    /**
     * Reads the CSV of a kind (400 on a header it does not take, before anything is stored), then imports its rows
     * in the background (409 if an import runs). One task: rows are quick database work, and a file's rows then
     * run in order (an action may name an actor created a few lines above by another import).
     */
    public ImportJob start(String kindName, String text, String csvName, boolean publish, Caller caller) {
        ImportKind kind = kinds.named(kindName);
        List<ImportRow> rows = KindCsv.read(text, kind);
        String csv = csvName == null || csvName.isBlank() ? kind.name() + ".csv" : csvName.strip();
        ImportJob job = new ImportJob(kind, csv, publish, caller.username(), rows.size());
        ImportContext context = new ImportContext(caller, publish);
        begin(job, rows, 1, row -> process(kind, row, context));
        LOG.info(() -> "Import " + job.getId() + " of " + kind.name() + " started by " + caller.username() + ": "
                + rows.size() + " rows");
        return job;
    }

    /** Saves the new job and launches its tasks, unless another runs (409). */
    private void begin(ImportJob job, List<ImportRow> rows, int tasks, Function<ImportRow, RowResult> processor) {
        if (!running.compareAndSet(null, job)) {
            throw new Conflict(Messages.get("import.running"));
        }
        try {
            jobs.insert(job);
            launch(job, rows, tasks, processor);
        } catch (RuntimeException e) {
            running.set(null);
            throw e;
        }
    }

    /** The job as it stands: the live instance while it runs, else the saved one. */
    public Optional<ImportJob> find(long id) {
        return live(id).or(() -> jobs.find(id));
    }

    /** The latest jobs, the running one as it stands. */
    public List<ImportJob> recent(int limit) {
        return jobs.recent(limit).stream().map(saved -> live(saved.getId()).orElse(saved)).toList();
    }

    private Optional<ImportJob> live(long id) {
        ImportJob current = running.get();
        return current != null && current.getId() != null && current.getId() == id ? Optional.of(current)
                : Optional.empty();
    }

    private static List<ImportRow> read(Path manifest) {
        try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            return ImportManifest.read(reader);
        } catch (IOException e) {
            throw new InvalidInput(Messages.format("import.csv.invalid", e.getMessage()));
        }
    }

    /** Tasks take the next row until none is left; the last task to stop ends the job. */
    private void launch(ImportJob job, List<ImportRow> rows, int tasks, Function<ImportRow, RowResult> processor) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger active = new AtomicInteger(tasks);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable task = () -> {
            try {
                for (int i; !stopping && (i = next.getAndIncrement()) < rows.size(); ) {
                    ImportRow row = rows.get(i);
                    RowResult result = processor.apply(row);
                    if (stopping && result.outcome() != RowOutcome.CREATED) {
                        break; // the stop, not the row, is why it failed: a second run will take it
                    }
                    meters.counter("bocage.import.rows", "outcome", result.outcome().name().toLowerCase(Locale.ROOT))
                            .increment();
                    if (job.record(result.outcome(), row, result.message(), SAVE_EVERY)) {
                        save(job);
                    }
                }
            } catch (RuntimeException | Error e) {
                // Not a row's problem (those are all caught): the job cannot go on as it should.
                LOG.log(Level.SEVERE, "Import " + job.getId() + " failed", e);
                failure.compareAndSet(null, e);
                next.set(rows.size());
            } finally {
                if (active.decrementAndGet() == 0) {
                    end(job, failure.get());
                }
            }
        };
        for (int t = 0; t < tasks; t++) {
            try {
                executor.execute(task);
            } catch (RejectedExecutionException e) {
                LOG.log(Level.SEVERE, "Import " + job.getId() + ": a task was refused by the executor", e);
                failure.compareAndSet(null, e);
                if (active.decrementAndGet() == 0) {
                    end(job, failure.get());
                }
            }
        }
    }

    private RowResult process(ImportJob job, ImportRow row, Path folder, ResourceStatus status) {
        try {
            Path file = row.resolveIn(folder);
            if (!Files.isRegularFile(file)) {
                throw new InvalidInput(Messages.format("import.row.file.missing", row.file()));
            }
            MetadataInput metadata = valid(row.metadata());
            try (InputStream in = Files.newInputStream(file);
                    StagedFile staged = contents.stage(in, file.getFileName().toString(), settings.maxUploadBytes())) {
                resources.create(staged, metadata, job.getOwner(), status);
            }
            return new RowResult(RowOutcome.CREATED, null);
        } catch (Conflict e) {
            return new RowResult(RowOutcome.DUPLICATE, e.getMessage());
        } catch (DomainException e) {
            return new RowResult(RowOutcome.REFUSED, e.getMessage());
        } catch (ConstraintViolationException e) {
            return new RowResult(RowOutcome.REFUSED, describe(e.getConstraintViolations()));
        } catch (IOException | RuntimeException e) {
            return failed(job, row, e);
        }
    }

    /** A row of a kind: created, a duplicate (the kind's {@code Conflict}) or refused with the kind's reason. */
    private RowResult process(ImportKind kind, ImportRow row, ImportContext context) {
        try {
            kind.importRow(row, context);
            return new RowResult(RowOutcome.CREATED, null);
        } catch (Conflict e) {
            return new RowResult(RowOutcome.DUPLICATE, e.getMessage());
        } catch (DomainException e) {
            return new RowResult(RowOutcome.REFUSED, e.getMessage());
        } catch (ConstraintViolationException e) {
            return new RowResult(RowOutcome.REFUSED, describe(e.getConstraintViolations()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import of " + kind.name() + ", line " + row.line() + " failed", e);
            return new RowResult(RowOutcome.FAILED, Messages.format("import.row.failed", e.toString()));
        }
    }

    private RowResult failed(ImportJob job, ImportRow row, Exception e) {
        LOG.log(Level.WARNING, "Import " + job.getId() + ", line " + row.line() + " (" + row.file() + ") failed", e);
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        return new RowResult(RowOutcome.FAILED, Messages.format("import.row.failed", cause.toString()));
    }

    private MetadataInput valid(MetadataInput metadata) {
        Set<ConstraintViolation<MetadataInput>> violations = validator.validate(metadata);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return metadata;
    }

    private static String describe(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> v.getPropertyPath() + " : " + v.getMessage()).sorted()
                .collect(Collectors.joining(" ; "));
    }

    /** A failed save is logged, not fatal: the next save, or the last, writes the counters again. */
    private void save(ImportJob job) {
        synchronized (job) {
            try {
                jobs.save(job);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Import " + job.getId() + ": progress not saved", e);
            }
        }
    }

    /**
     * Saves the job's outcome. A job the stop cut short is not saved: the persistence unit is already closing, and
     * the next start marks it interrupted.
     */
    private void end(ImportJob job, Throwable failure) {
        if (failure == null && job.getProcessed() < job.getTotal()) {
            running.set(null);
            LOG.info(() -> "Import " + job.getId() + " stopped with the server after " + job.getProcessed() + " of "
                    + job.getTotal() + " rows");
            return;
        }
        synchronized (job) {
            if (failure != null) {
                job.fail(Messages.format("import.failed", failure.toString()));
            } else {
                job.finish();
            }
            save(job);
        }
        running.set(null);
        meters.counter("bocage.import.jobs", "state", job.getState().name().toLowerCase(Locale.ROOT)).increment();
        LOG.info(() -> "Import " + job.getId() + " " + job.getState().name().toLowerCase() + ": "
                + job.getCreated() + " created, " + job.getDuplicates() + " duplicates, " + job.getRefused()
                + " refused, " + job.getFailed() + " failed of " + job.getTotal());
    }
}

package fr.bocage.imports;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An import of a folder and its manifest, with its counters. While it runs, one detached instance is shared by the
 * tasks processing its rows: every change and every save of it holds its lock.
 */
@Entity
@Table(name = "IMPORT_JOB")
@NamedQuery(name = ImportJob.RECENT, query = "SELECT j FROM ImportJob j ORDER BY j.id DESC")
@NamedQuery(name = ImportJob.INTERRUPT, query = "UPDATE ImportJob j SET j.state = :interrupted, j.message = :message,"
        + " j.finishedAt = :now WHERE j.state = :running")
public class ImportJob {
    static final String RECENT = "ImportJob.recent";
    static final String INTERRUPT = "ImportJob.interrupt";
    /** The first errors are kept with their message, the others only counted. */
    static final int MAX_ERRORS = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** {@link ImportKinds#DOCUMENTS} for a folder of files, else the name of an {@link ImportKind} (V14). */
    @Column(nullable = false, length = 20)
    private String kind = ImportKinds.DOCUMENTS;

    /** The folder of a documents' import; empty for a CSV sent with the request. */
    @Column(nullable = false, length = 1000)
    private String folder;

    @Column(nullable = false, length = 1000)
    private String csv;

    private boolean publish;

    /** A user name, which may be an e-mail address of up to 320 characters (V4). */
    @Column(nullable = false, length = 320)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportState state = ImportState.RUNNING;

    private int total;
    private int processed;
    private int created;
    private int duplicates;
    private int refused;
    private int failed;
    private int errorCount;

    @Column(nullable = false)
    private Instant startedAt = Instant.now();

    private Instant finishedAt;

    /** Why the job failed or was interrupted. */
    @Column(length = 2000)
    private String message;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "IMPORT_ERROR", joinColumns = @JoinColumn(name = "JOB_ID"))
    @OrderColumn(name = "POSITION")
    private List<ImportError> errors = new ArrayList<>();

    protected ImportJob() {
    }

    ImportJob(String folder, String csv, boolean publish, String owner, int total) {
        this.folder = folder;
        this.csv = csv;
        this.publish = publish;
        this.owner = owner;
        this.total = total;
    }

    /** An import of a CSV sent with the request, named {@code csv}, whose rows an {@link ImportKind} reads. */
    ImportJob(ImportKind kind, String csv, boolean publish, String owner, int total) {
        this("", csv, publish, owner, total);
        this.kind = kind.name();
    }

    /** Counts a finished row; true when the job is due for a save (every {@code every} rows). */
    synchronized boolean record(RowOutcome outcome, ImportRow row, String error, int every) {
        processed++;
        switch (outcome) {
            case CREATED -> created++;
            case DUPLICATE -> duplicates++;
            case REFUSED -> refused++;
            case FAILED -> failed++;
        }
        if (outcome != RowOutcome.CREATED) {
            errorCount++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(new ImportError(row.line(), row.file(), outcome, error));
            }
        }
        return processed % every == 0;
    }

    synchronized void finish() {
        state = ImportState.DONE;
        finishedAt = Instant.now();
    }

    synchronized void fail(String reason) {
        state = ImportState.FAILED;
        message = reason;
        finishedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getFolder() {
        return folder;
    }

    public String getCsv() {
        return csv;
    }

    public boolean isPublish() {
        return publish;
    }

    public String getOwner() {
        return owner;
    }

    public synchronized ImportState getState() {
        return state;
    }

    public int getTotal() {
        return total;
    }

    public synchronized int getProcessed() {
        return processed;
    }

    public synchronized int getCreated() {
        return created;
    }

    public synchronized int getDuplicates() {
        return duplicates;
    }

    public synchronized int getRefused() {
        return refused;
    }

    public synchronized int getFailed() {
        return failed;
    }

    public synchronized int getErrorCount() {
        return errorCount;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public synchronized Instant getFinishedAt() {
        return finishedAt;
    }

    public synchronized String getMessage() {
        return message;
    }

    public synchronized List<ImportError> getErrors() {
        return List.copyOf(errors);
    }
}

package fr.bocage.network.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An issue of the newsletter (« un numéro »): a draft while an animator composes it, then sending while its job
 * walks the confirmed subscribers by id (the cursor, committed with each batch's e-mails: a restart resumes after it
 * and nobody gets the issue twice), then sent, with its number in the archive and its counts.
 */
@Entity
@Table(name = "NEWSLETTER_ISSUE")
public class Issue {
    static final int SUBJECT_LENGTH = 300;
    static final int EDITORIAL_LENGTH = 10_000;

    public enum Status { DRAFT, SENDING, SENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Integer number;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(length = EDITORIAL_LENGTH)
    private String editorial;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.DRAFT;

    @Column(nullable = false, length = 320)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    /** What was published since then was proposed: the start of the previous issue's sending. */
    private Instant since;

    private Instant startedAt;

    private Instant sentAt;

    /** The last subscriber id handled. */
    @Column(name = "CURSORID", nullable = false)
    private long cursor;

    /** Confirmed subscribers when the sending started. */
    private int total;

    private int processed;

    @Column(name = "SENTCOUNT")
    private int sent;

    /** Subscribers none of whose themes the issue's items share. */
    private int skipped;

    private int failed;

    protected Issue() {
    }

    Issue(String subject, String createdBy, Instant since, Instant now) {
        this.subject = subject;
        this.createdBy = createdBy;
        this.since = since;
        this.createdAt = now;
    }

    void edit(String newSubject, String newEditorial) {
        subject = newSubject;
        editorial = newEditorial;
    }

    void startSending(int newNumber, int subscribers, Instant now) {
        status = Status.SENDING;
        number = newNumber;
        total = subscribers;
        startedAt = now;
    }

    /** One batch's outcome, committed with its e-mails. */
    void advance(long lastId, int batch, int sentNow, int skippedNow, int failedNow) {
        cursor = lastId;
        processed += batch;
        sent += sentNow;
        skipped += skippedNow;
        failed += failedNow;
        // Subscribers who confirmed after the start are sent to as well: the total follows.
        total = Math.max(total, processed);
    }

    void finish(Instant now) {
        status = Status.SENT;
        sentAt = now;
        total = processed;
    }

    public Long getId() {
        return id;
    }

    public Integer getNumber() {
        return number;
    }

    public String getSubject() {
        return subject;
    }

    public String getEditorial() {
        return editorial;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSince() {
        return since;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public long getCursor() {
        return cursor;
    }

    public int getTotal() {
        return total;
    }

    public int getProcessed() {
        return processed;
    }

    public int getSent() {
        return sent;
    }

    public int getSkipped() {
        return skipped;
    }

    public int getFailed() {
        return failed;
    }

    /** Done so far, 0 to 100. */
    public int percent() {
        if (status == Status.SENT) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(100, processed * 100L / total);
    }
}

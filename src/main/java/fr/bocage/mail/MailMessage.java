package fr.bocage.mail;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message of the outbox, kept as its complete MIME bytes: it is written in the same transaction as the change it
 * tells about, so a rolled-back change sends nothing and a committed one is never forgotten, even across a restart.
 */
@Entity
@Table(name = "MAIL_MESSAGE")
@NamedQuery(name = MailMessage.DUE, query = "SELECT m FROM MailMessage m WHERE m.state = fr.bocage.mail.MailState.PENDING"
        + " AND m.nextAttemptAt <= :now ORDER BY m.id")
@NamedQuery(name = MailMessage.TO, query = "SELECT m FROM MailMessage m WHERE m.recipient = :recipient ORDER BY m.id")
@NamedQuery(name = MailMessage.COUNT_BY_STATE, query = "SELECT m.state, COUNT(m) FROM MailMessage m GROUP BY m.state")
@NamedQuery(name = MailMessage.FAILURES, query = "SELECT NEW fr.bocage.mail.OutboxFailure(m.id, m.recipient, m.subject,"
        + " m.attempts, m.lastError, m.createdAt) FROM MailMessage m WHERE m.state = fr.bocage.mail.MailState.FAILED"
        + " ORDER BY m.id DESC")
@NamedQuery(name = MailMessage.RETRY, query = "UPDATE MailMessage m SET m.state = fr.bocage.mail.MailState.PENDING,"
        + " m.attempts = 0, m.nextAttemptAt = :now WHERE m.state = fr.bocage.mail.MailState.FAILED")
public class MailMessage {
    static final String DUE = "MailMessage.due";
    static final String TO = "MailMessage.to";
    static final String COUNT_BY_STATE = "MailMessage.countByState";
    static final String FAILURES = "MailMessage.failures";
    static final String RETRY = "MailMessage.retry";
    static final int SUBJECT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] mime;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailState state = MailState.PENDING;

    private int attempts;

    @Column(nullable = false)
    private Instant nextAttemptAt = Instant.now();

    @Column(length = 1000)
    private String lastError;

    @Column(nullable = false)
    private Instant createdAt = Instant.now();

    private Instant sentAt;

    protected MailMessage() {
    }

    MailMessage(String recipient, String subject, byte[] mime) {
        this.recipient = recipient;
        this.subject = subject;
        this.mime = mime.clone();
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    byte[] mime() {
        return mime.clone();
    }

    public MailState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    void sent(Instant at) {
        attempts++;
        state = MailState.SENT;
        sentAt = at;
        lastError = null;
    }

    /** @param retryAt null when this was the last try */
    void failed(String error, Instant retryAt) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (retryAt == null) {
            state = MailState.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }
}

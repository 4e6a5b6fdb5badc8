package fr.bocage.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change to a resource, written in the transaction of the change itself. It holds the resource's id, not a
 * reference, so that the history outlives a deletion; statuses are kept as their API names, which never change.
 */
@Entity
@Table(name = "AUDIT_EVENT", indexes = @Index(name = "AUDIT_EVENT_RESOURCE", columnList = "RESOURCE_ID"))
@NamedQuery(name = AuditEvent.OF_RESOURCE, query = "SELECT e FROM AuditEvent e WHERE e.resourceId = :resourceId"
        + " ORDER BY e.occurredAt, e.id")
public class AuditEvent {
    static final String OF_RESOURCE = "AuditEvent.ofResource";

    /** From a sequence, like resources: imports insert events from several threads at once. */
    @Id
    @SequenceGenerator(name = "audit_event_id", sequenceName = "AUDIT_EVENT_ID_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_id")
    private Long id;

    @Column(name = "RESOURCE_ID", nullable = false)
    private long resourceId;

    /** A user name, which may be an e-mail address of up to 320 characters (V4). */
    @Column(length = 320)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(length = 30)
    private String fromStatus;

    @Column(length = 30)
    private String toStatus;

    @Column(length = 2000)
    private String message;

    @Column(nullable = false)
    private Instant occurredAt = Instant.now();

    /** What the actor saw, as JSON, for decisions whose next review compares with it (V6); null otherwise. */
    @Lob
    @Column(name = "SNAPSHOT")
    private String snapshot;

    protected AuditEvent() {
    }

    AuditEvent(long resourceId, String actor, AuditAction action, String fromStatus, String toStatus, String message,
            String snapshot) {
        this.snapshot = snapshot;
        this.resourceId = resourceId;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.message = message;
    }

    public long getResourceId() {
        return resourceId;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public String getMessage() {
        return message;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getSnapshot() {
        return snapshot;
    }
}

package fr.bocage.network.list;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A message a member wrote to their network's mailing list. Its attachments are catalog resources limited to the
 * network's circle, so that the members alone find them (page, search, file). Kept once sent: it is the archive.
 */
@Entity
@Table(name = "NETWORK_LIST_MESSAGE")
@NamedQuery(name = ListMessage.IN_STATUS, query = "SELECT m FROM ListMessage m WHERE m.networkId = :network"
        + " AND m.status = :status ORDER BY m.writtenAt DESC, m.id DESC")
public class ListMessage {
    static final String IN_STATUS = "ListMessage.inStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "NETWORK_ID", nullable = false)
    private long networkId;

    @Column(nullable = false, length = 320)
    private String author;

    @Column(nullable = false, length = ListInput.SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = ListInput.BODY_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ListMessageStatus status;

    @Column(nullable = false)
    private Instant writtenAt = Instant.now();

    @Column(length = 320)
    private String decidedBy;

    private Instant decidedAt;

    @Column(length = 2000)
    private String decisionMessage;

    @ElementCollection
    @CollectionTable(name = "NETWORK_LIST_ATTACHMENT", joinColumns = @JoinColumn(name = "MESSAGE_ID"))
    @Column(name = "RESOURCE_ID")
    private Set<Long> attachments = new TreeSet<>();

    protected ListMessage() {
    }

    ListMessage(long networkId, String author, ListInput input, ListMessageStatus status) {
        this.networkId = networkId;
        this.author = author;
        this.subject = input.subject();
        this.body = input.message();
        this.status = status;
    }

    void attach(long resourceId) {
        attachments.add(resourceId);
    }

    /** An animator's approval (then it is sent) or rejection. */
    void decide(ListMessageStatus decided, String animator, String message, Instant now) {
        status = decided;
        decidedBy = animator;
        decidedAt = now;
        decisionMessage = message;
    }

    public Long getId() {
        return id;
    }

    public long getNetworkId() {
        return networkId;
    }

    public String getAuthor() {
        return author;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public ListMessageStatus getStatus() {
        return status;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionMessage() {
        return decisionMessage;
    }

    /** The attachments' resource ids, in the order they were added. */
    public List<Long> getAttachments() {
        return List.copyOf(attachments);
    }
}

package fr.bocage.network.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message written through the contact form, kept for the retention period (to answer a complaint, to spot abuse),
 * then erased. Its recipient's address is not kept: it is the actor's or the moderators', known at sending time.
 */
@Entity
@Table(name = "CONTACT_MESSAGE")
@NamedQuery(name = ContactMessage.ERASE_BEFORE, query = "DELETE FROM ContactMessage m WHERE m.createdAt < :before")
public class ContactMessage {
    static final String ERASE_BEFORE = "ContactMessage.eraseBefore";

    /** Where the message stands: handed to the outbox, which delivers and retries on its own. */
    public enum Status { QUEUED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The actor written to; null for a message to the network (/contact). */
    private Long actorId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(length = 300)
    private String organisation;

    @Column(nullable = false, length = ContactInput.MAX_MESSAGE)
    private String message;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 20)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status = Status.QUEUED;

    protected ContactMessage() {
    }

    ContactMessage(Long actorId, ContactInput input, Instant createdAt) {
        this.actorId = actorId;
        this.name = input.name();
        this.email = input.email();
        this.organisation = input.organisation();
        this.message = input.message();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Status getStatus() {
        return status;
    }
}

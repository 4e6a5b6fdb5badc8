package fr.bocage.network.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A coordinator's invitation of a person, by e-mail, to take part in a project for one of its partner organisations.
 * Only the SHA-256 of the e-mailed token is kept (someone who reads a backup cannot use a pending link); it is
 * accepted once, by the one update that sets {@code acceptedAt}, and is kept then as the trace of who joined.
 */
@Entity
@Table(name = "PROJECT_INVITATION")
@NamedQuery(name = ProjectInvitation.BY_HASH, query = "SELECT i FROM ProjectInvitation i WHERE i.tokenHash = :hash")
@NamedQuery(name = ProjectInvitation.PENDING, query = "SELECT i FROM ProjectInvitation i WHERE i.projectId = :project"
        + " AND i.acceptedAt IS NULL ORDER BY i.createdAt DESC, i.id DESC")
@NamedQuery(name = ProjectInvitation.ACCEPT, query = "UPDATE ProjectInvitation i SET i.acceptedAt = :now,"
        + " i.acceptedBy = :username WHERE i.tokenHash = :hash AND i.acceptedAt IS NULL AND i.expiresAt > :now")
public class ProjectInvitation {
    static final String BY_HASH = "ProjectInvitation.byHash";
    static final String PENDING = "ProjectInvitation.pending";
    static final String ACCEPT = "ProjectInvitation.accept";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PROJECT_ID", nullable = false)
    private Long projectId;

    @Column(name = "EMAIL", nullable = false, length = 320)
    private String email;

    /** The partner organisation the invited person will speak for. */
    @Column(name = "ACTOR_ID", nullable = false)
    private Long actorId;

    /** Hexadecimal SHA-256 of the token. */
    @Column(name = "TOKEN_HASH", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "INVITED_BY", nullable = false, length = 320)
    private String invitedBy;

    @Column(name = "CREATEDAT", nullable = false)
    private Instant createdAt;

    @Column(name = "EXPIRESAT", nullable = false)
    private Instant expiresAt;

    @Column(name = "ACCEPTEDAT")
    private Instant acceptedAt;

    @Column(name = "ACCEPTED_BY", length = 320)
    private String acceptedBy;

    protected ProjectInvitation() {
    }

    ProjectInvitation(long projectId, String email, long actorId, String tokenHash, String invitedBy, Instant createdAt,
            Instant expiresAt) {
        this.projectId = projectId;
        this.email = email;
        this.actorId = actorId;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getEmail() {
        return email;
    }

    public long getActorId() {
        return actorId;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }
}

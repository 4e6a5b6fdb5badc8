package fr.bocage.network.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An account's claim to represent an actor. Once a moderator confirms it, the account maintains the actor's resource
 * (catalog's one access decision); a refused claim stays, so that it is not asked again and again.
 */
@Entity
@Table(name = "ACTOR_CLAIM")
@NamedQuery(name = Claim.OF_ACTOR, query = "SELECT c FROM Claim c WHERE c.actorId = :actor ORDER BY c.claimedAt, c.id")
@NamedQuery(name = Claim.BY_ACTOR_AND_USER, query = "SELECT c FROM Claim c WHERE c.actorId = :actor"
        + " AND c.username = :username")
@NamedQuery(name = Claim.IN_STATUS, query = "SELECT c FROM Claim c WHERE c.status = :status ORDER BY c.claimedAt, c.id")
@NamedQuery(name = Claim.DELETE_OF_ACTOR, query = "DELETE FROM Claim c WHERE c.actorId = :actor")
public class Claim {
    static final String OF_ACTOR = "Claim.ofActor";
    static final String BY_ACTOR_AND_USER = "Claim.byActorAndUser";
    static final String IN_STATUS = "Claim.inStatus";
    static final String DELETE_OF_ACTOR = "Claim.deleteOfActor";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long actorId;

    @Column(nullable = false, length = 320)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimStatus status;

    @Column(nullable = false)
    private Instant claimedAt;

    @Column(length = 320)
    private String decidedBy;

    private Instant decidedAt;

    protected Claim() {
    }

    Claim(long actorId, String username, Instant now) {
        this.actorId = actorId;
        this.username = username;
        this.status = ClaimStatus.PENDING;
        this.claimedAt = now;
    }

    void decide(boolean confirmed, String moderator, Instant now) {
        status = confirmed ? ClaimStatus.CONFIRMED : ClaimStatus.REFUSED;
        decidedBy = moderator;
        decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getActorId() {
        return actorId;
    }

    public String getUsername() {
        return username;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}

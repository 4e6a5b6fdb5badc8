package fr.bocage.network.membership;

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
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One account's membership of one network, from its request on. A refused or ended membership stays (who decided,
 * when, the message sent), so that asking again is a new decision on the same row. Each member chooses what other
 * members see of them besides their name.
 */
@Entity
@Table(name = "NETWORK_MEMBER")
@NamedQuery(name = Member.OF_NETWORK, query = "SELECT m FROM Member m WHERE m.networkId = :network"
        + " AND m.status = :status ORDER BY m.requestedAt, m.id")
@NamedQuery(name = Member.BY_NETWORK_AND_USER, query = "SELECT m FROM Member m WHERE m.networkId = :network"
        + " AND m.username = :username")
@NamedQuery(name = Member.NETWORKS_OF, query = "SELECT m.networkId FROM Member m WHERE m.username = :username"
        + " AND m.status = fr.bocage.network.membership.MemberStatus.ACCEPTED")
@NamedQuery(name = Member.LIST_RECIPIENTS, query = "SELECT m.username FROM Member m WHERE m.networkId = :network"
        + " AND m.status = fr.bocage.network.membership.MemberStatus.ACCEPTED AND m.receivesList = TRUE"
        + " ORDER BY m.id")
public class Member {
    static final String OF_NETWORK = "Member.ofNetwork";
    static final String BY_NETWORK_AND_USER = "Member.byNetworkAndUser";
    static final String NETWORKS_OF = "Member.networksOf";
    static final String LIST_RECIPIENTS = "Member.listRecipients";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "NETWORK_ID", nullable = false)
    private long networkId;

    @Column(nullable = false, length = 320)
    private String username;

    /** The organisation: an actor's resource id (published, or proposed with the request), or null. */
    @Column(name = "ACTOR_ID")
    private Long actorId;

    /** What the member does in their organisation, in their words. */
    @Column(length = 200)
    private String role;

    @Column(length = 100)
    private String territory;

    @ElementCollection
    @CollectionTable(name = "NETWORK_MEMBER_INTEREST", joinColumns = @JoinColumn(name = "MEMBER_ID"))
    @Column(name = "THEME", length = 100)
    private Set<String> interests = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberStatus status = MemberStatus.PENDING;

    private boolean showOrganisation;

    private boolean showRole;

    private boolean showTerritory;

    private boolean showEmail;

    /** Whether the network's mailing list reaches this member. */
    private boolean receivesList;

    @Column(nullable = false)
    private Instant requestedAt = Instant.now();

    @Column(length = 320)
    private String decidedBy;

    private Instant decidedAt;

    @Column(length = 2000)
    private String decisionMessage;

    protected Member() {
    }

    Member(long networkId, String username) {
        this.networkId = networkId;
        this.username = username;
    }

    /** A new request (or a renewed one after a refusal or a departure): waits for an animator again. */
    void request(MemberProfile profile, Instant now) {
        profile(profile);
        status = MemberStatus.PENDING;
        requestedAt = now;
        decidedBy = null;
        decidedAt = null;
        decisionMessage = null;
    }

    /** What the member says of themself and chooses to show; their status is untouched. */
    void profile(MemberProfile profile) {
        actorId = profile.actorId();
        role = profile.role();
        territory = profile.territory();
        interests.clear();
        interests.addAll(profile.interests());
        showOrganisation = profile.showOrganisation();
        showRole = profile.showRole();
        showTerritory = profile.showTerritory();
        showEmail = profile.showEmail();
        receivesList = profile.receivesList();
    }

    void decide(boolean accepted, String animator, String message, Instant now) {
        status = accepted ? MemberStatus.ACCEPTED : MemberStatus.REFUSED;
        decidedBy = animator;
        decidedAt = now;
        decisionMessage = message;
    }

    void leave(Instant now) {
        status = MemberStatus.LEFT;
        decidedBy = username;
        decidedAt = now;
        decisionMessage = null;
    }

    public Long getId() {
        return id;
    }

    public long getNetworkId() {
        return networkId;
    }

    public String getUsername() {
        return username;
    }

    public MemberProfile getProfile() {
        return new MemberProfile(actorId, role, territory, Set.copyOf(interests), showOrganisation, showRole,
                showTerritory, showEmail, receivesList);
    }

    public MemberStatus getStatus() {
        return status;
    }

    public boolean isAccepted() {
        return status == MemberStatus.ACCEPTED;
    }

    public Instant getRequestedAt() {
        return requestedAt;
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
}

package fr.bocage.alert;

import fr.bocage.platform.SecretTokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A search an account saved (V15): its name, the search as a canonical query string ({@link SavedQuery}), and how
 * often its digest is e-mailed. Two random tokens, kept as they are since every digest and the account's page show
 * them again: the feed's ({@code /alertes/{token}.atom}, for feed readers, which have no session; it shows only public
 * content) and the one-click stop link's, which only stops the digest.
 */
@Entity
@Table(name = "SAVED_SEARCH")
@NamedQuery(name = SavedSearch.OF_OWNER, query = "SELECT s FROM SavedSearch s WHERE s.owner = :owner ORDER BY s.id")
@NamedQuery(name = SavedSearch.COUNT_OF_OWNER, query = "SELECT COUNT(s) FROM SavedSearch s WHERE s.owner = :owner")
@NamedQuery(name = SavedSearch.BY_FEED_TOKEN, query = "SELECT s FROM SavedSearch s WHERE s.feedToken = :token")
@NamedQuery(name = SavedSearch.BY_STOP_TOKEN, query = "SELECT s FROM SavedSearch s WHERE s.stopToken = :token")
@NamedQuery(name = SavedSearch.WITH_DIGEST, query = "SELECT s.id FROM SavedSearch s WHERE s.frequency <> :none"
        + " ORDER BY s.id")
public class SavedSearch {
    static final String OF_OWNER = "SavedSearch.ofOwner";
    static final String COUNT_OF_OWNER = "SavedSearch.countOfOwner";
    static final String BY_FEED_TOKEN = "SavedSearch.byFeedToken";
    static final String BY_STOP_TOKEN = "SavedSearch.byStopToken";
    static final String WITH_DIGEST = "SavedSearch.withDigest";
    public static final int NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Two runs of the digest (the hourly job and an administrator's) never send the same one twice. */
    @Version
    private long version;

    @Column(name = "OWNER", nullable = false, length = 320)
    private String owner;

    @Column(name = "NAME", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "SEARCH", nullable = false, length = SavedQuery.MAX_LENGTH)
    private String search;

    @Enumerated(EnumType.STRING)
    @Column(name = "FREQUENCY", nullable = false, length = 10)
    private DigestFrequency frequency;

    @Column(name = "FEED_TOKEN", nullable = false, length = 64, unique = true)
    private String feedToken;

    @Column(name = "STOP_TOKEN", nullable = false, length = 64, unique = true)
    private String stopToken;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** The end of the time the last digest covered (or the creation): the next one covers from there. */
    @Column(name = "COVERED_UNTIL", nullable = false)
    private Instant coveredUntil;

    /** When a digest was last e-mailed, if ever. */
    @Column(name = "LAST_SENT_AT")
    private Instant lastSentAt;

    protected SavedSearch() {
    }

    SavedSearch(String owner, String name, SavedQuery search, DigestFrequency frequency, Instant now) {
        this.owner = owner;
        this.name = name;
        this.search = search.toString();
        this.frequency = frequency;
        this.feedToken = SecretTokens.next();
        this.stopToken = SecretTokens.next();
        this.createdAt = now;
        this.coveredUntil = DigestPeriod.coveredEnd(now);
    }

    void rename(String newName) {
        name = newName;
    }

    void search(SavedQuery newSearch) {
        search = newSearch.toString();
    }

    void setFrequency(DigestFrequency newFrequency, Instant now) {
        coveredUntil = DigestPeriod.coveredAfterChange(frequency, newFrequency, coveredUntil, now);
        frequency = newFrequency;
    }

    /** A digest ran: what it covered will not be covered again. */
    void covered(Instant until, boolean sent, Instant now) {
        coveredUntil = until;
        if (sent) {
            lastSentAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getSearch() {
        return search;
    }

    public DigestFrequency getFrequency() {
        return frequency;
    }

    public String getFeedToken() {
        return feedToken;
    }

    String getStopToken() {
        return stopToken;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCoveredUntil() {
        return coveredUntil;
    }

    public Instant getLastSentAt() {
        return lastSentAt;
    }
}

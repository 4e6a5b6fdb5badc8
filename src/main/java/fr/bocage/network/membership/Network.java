package fr.bocage.network.membership;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
 * A network Bocage hosts (a regional network such as « Territoires participatifs », a thematic one): people and
 * organisations join it, its animators accept them, run its agenda, news and mailing list. Found by its slug.
 */
@Entity
@Table(name = "NETWORK")
@NamedQuery(name = Network.ALL, query = "SELECT n FROM Network n ORDER BY n.name")
@NamedQuery(name = Network.BY_SLUG, query = "SELECT n FROM Network n WHERE n.slug = :slug")
@NamedQuery(name = Network.ANIMATED_BY, query = "SELECT n FROM Network n JOIN n.animators a WHERE a = :username"
        + " ORDER BY n.name")
public class Network {
    static final String ALL = "Network.all";
    static final String BY_SLUG = "Network.bySlug";
    static final String ANIMATED_BY = "Network.animatedBy";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 10000)
    private String description;

    /** A territory code of the vocabulary, or null for a network across territories. */
    @Column(length = 100)
    private String territory;

    @ElementCollection
    @CollectionTable(name = "NETWORK_ANIMATOR", joinColumns = @JoinColumn(name = "NETWORK_ID"))
    @Column(name = "USERNAME", length = 320)
    private Set<String> animators = new LinkedHashSet<>();

    @Column(nullable = false)
    private Instant createdAt = Instant.now();

    /** Whether its mailing list's messages wait for an animator's approval (V19). */
    private boolean listModerated;

    protected Network() {
    }

    Network(String slug) {
        this.slug = slug;
    }

    void describe(NetworkInput input, String territoryCode) {
        name = input.name();
        description = input.description();
        territory = territoryCode;
        animators.clear();
        animators.addAll(input.animators());
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getTerritory() {
        return territory;
    }

    public Set<String> getAnimators() {
        return Set.copyOf(animators);
    }

    /** The circle of its members-only content: {@code network:{id}}. */
    public String circle() {
        return circle(id);
    }

    public static String circle(long networkId) {
        return "network:" + networkId;
    }

    public boolean isAnimatedBy(String username) {
        return username != null && animators.contains(username);
    }

    public boolean isListModerated() {
        return listModerated;
    }

    /** Set by its animators (the mailing list's settings). */
    public void moderateList(boolean moderated) {
        listModerated = moderated;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

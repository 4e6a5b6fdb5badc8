package fr.bocage.network.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What makes a resource of type actor an organisation of the network: it shares its resource's id, and the resource
 * keeps the name (title), description (summary), themes, territory, status and visibility. The contact address is
 * for the contact form only: no view, export or index entry reads it ({@link ActorDirectory#contactAddress}).
 */
@Entity
@Table(name = "ACTOR")
@NamedQuery(name = Actor.BY_IDS, query = "SELECT a FROM Actor a WHERE a.id IN :ids")
public class Actor {
    static final String BY_IDS = "Actor.byIds";

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ActorKind kind;

    @Column(length = 9)
    private String siren;

    @Column(length = 200)
    private String commune;

    /** Its ISO 3166 code (« FR », « SN »): the network's partners may be abroad (V22). */
    @Column(nullable = false, length = 2)
    private String country = Countries.FRANCE;

    @Column(length = 2000)
    private String website;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private EngagementScheme engagement;

    /** The year the actor joined its scheme; null without one. */
    private Integer engagedSince;

    @Column(length = 320)
    private String contactEmail;

    protected Actor() {
    }

    Actor(long id) {
        this.id = id;
    }

    void describe(ActorDetails d) {
        kind = d.kind();
        siren = d.siren();
        commune = d.commune();
        country = d.country();
        website = d.website();
        engagement = d.engagement();
        engagedSince = d.engagement() == null ? null : d.engagedSince();
        contactEmail = d.contactEmail();
    }

    /** What search finds an actor by beyond its description: its commune and kind. Never its contact address. */
    String indexedText() {
        return Stream.of(commune, kind.label(), engagement == null ? null : engagement.label())
                .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining("\n"));
    }

    public Long getId() {
        return id;
    }

    public ActorKind getKind() {
        return kind;
    }

    public String getSiren() {
        return siren;
    }

    public String getCommune() {
        return commune;
    }

    public String getCountry() {
        return country;
    }

    public String getWebsite() {
        return website;
    }

    public EngagementScheme getEngagement() {
        return engagement;
    }

    public Integer getEngagedSince() {
        return engagedSince;
    }

    /** Package-private on purpose: only {@link ActorDirectory} hands it out, to the contact form. */
    String contactEmail() {
        return contactEmail;
    }
}

package fr.bocage.network.partnership;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a resource of type partnership a convention between actors: it shares its resource's id, and the
 * resource keeps the title, summary, themes, territory, status and the convention itself as its file, so that the
 * convention's text is searched like any document's. Parties are actors' resource ids.
 */
@Entity
@Table(name = "PARTNERSHIP")
@NamedQuery(name = Partnership.OF_PROGRAMME, query = "SELECT p FROM Partnership p WHERE p.programmeId = :programme")
@NamedQuery(name = Partnership.WITH_PARTY,
        query = "SELECT DISTINCT p FROM Partnership p JOIN p.parties a WHERE a = :actor")
public class Partnership {
    static final String OF_PROGRAMME = "Partnership.ofProgramme";
    static final String WITH_PARTY = "Partnership.withParty";

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnershipScale scale;

    @Column(nullable = false)
    private Integer startYear;

    /** Null while it runs without an end date. */
    private Integer endYear;

    /** In euros; null when not told. */
    @Column(precision = 12, scale = 2)
    private BigDecimal budget;

    @Column(name = "PROGRAMME_ID")
    private Long programmeId;

    /** Their order is the convention's: the signatory first. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PARTNERSHIP_PARTY", joinColumns = @JoinColumn(name = "PARTNERSHIP_ID"))
    @Column(name = "ACTOR_ID", nullable = false)
    @OrderColumn(name = "POSITION")
    private List<Long> parties = new ArrayList<>();

    /** Numbered as the convention numbers them, from 1. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PARTNERSHIP_OBJECTIVE", joinColumns = @JoinColumn(name = "PARTNERSHIP_ID"))
    @Column(name = "OBJECTIVE", nullable = false, length = 2000)
    @OrderColumn(name = "POSITION")
    private List<String> objectives = new ArrayList<>();

    protected Partnership() {
    }

    Partnership(long id) {
        this.id = id;
    }

    void describe(PartnershipDetails d) {
        scale = d.scale();
        startYear = d.startYear();
        endYear = d.endYear();
        budget = d.budget();
        programmeId = d.programmeId();
        parties.clear();
        parties.addAll(d.parties());
        objectives.clear();
        objectives.addAll(d.objectives());
    }

    /** An actor's resource was deleted: it is no longer a party. */
    boolean forget(long actor) {
        return parties.remove(Long.valueOf(actor));
    }

    public Long getId() {
        return id;
    }

    public PartnershipScale getScale() {
        return scale;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public List<Long> getParties() {
        return List.copyOf(parties);
    }

    public List<String> getObjectives() {
        return List.copyOf(objectives);
    }
}

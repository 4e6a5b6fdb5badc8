package fr.bocage.network.action;

import fr.bocage.catalog.StringListConverter;
import fr.bocage.platform.rest.ApiNames;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a resource of type action an action of the network: it shares its resource's id, and the resource
 * keeps the title, summary, themes, territory, status, and the qualitative sections (an experience report's).
 * Actors (lead and partners) and linked resources are resource ids: actors are resources of type actor.
 */
@Entity
@Table(name = "NETWORK_ACTION")
@NamedQuery(name = Action.BY_IDS, query = "SELECT a FROM Action a WHERE a.id IN :ids")
public class Action {
    static final String BY_IDS = "Action.byIds";

    @Id
    private Long id;

    @Column(name = "LEAD_ACTOR")
    private Long leadActor;

    @Column(length = 200)
    private String commune;

    @Column(name = "START_YEAR")
    private Integer startYear;

    @Column(name = "END_YEAR")
    private Integer endYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionProgress progress;

    /** In euros; null when not told. */
    @Column(precision = 12, scale = 2)
    private BigDecimal budget;

    @Convert(converter = StringListConverter.class)
    @Column(length = 2000)
    private List<String> funders = List.of();

    /** An {@link ActionScheme}'s code; null when none. */
    @Column(length = 40)
    private String scheme;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ACTION_PARTNER", joinColumns = @JoinColumn(name = "ACTION_ID"))
    @OrderColumn(name = "POSITION")
    @Column(name = "ACTOR_ID")
    private List<Long> partners = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ACTION_LINK", joinColumns = @JoinColumn(name = "ACTION_ID"))
    @OrderColumn(name = "POSITION")
    @Column(name = "RESOURCE_ID")
    private List<Long> links = new ArrayList<>();

    /** A copy of the resource's themes, for the results' SQL (ActionThemes keeps it). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ACTION_THEME", joinColumns = @JoinColumn(name = "ACTION_ID"))
    @Column(name = "THEME")
    private Set<String> themes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ACTION_INDICATOR", joinColumns = @JoinColumn(name = "ACTION_ID"))
    private List<IndicatorValue> values = new ArrayList<>();

    protected Action() {
    }

    Action(long id) {
        this.id = id;
    }

    void describe(ActionDetails d) {
        leadActor = d.leadActor();
        commune = d.commune();
        startYear = d.startYear();
        endYear = d.endYear();
        progress = d.progress();
        budget = d.budget();
        funders = List.copyOf(d.funders());
        scheme = d.scheme() == null ? null : d.scheme().code();
        partners = new ArrayList<>(d.partners());
        links = new ArrayList<>(d.links());
        values = new ArrayList<>(d.values());
    }

    void themes(List<String> codes) {
        if (!themes.equals(new HashSet<>(codes))) {
            themes = new HashSet<>(codes);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getLeadActor() {
        return leadActor;
    }

    public String getCommune() {
        return commune;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public ActionProgress getProgress() {
        return progress;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public List<String> getFunders() {
        return List.copyOf(funders);
    }

    public ActionScheme getScheme() {
        return scheme == null ? null : ApiNames.parse(ActionScheme.class, scheme).orElse(null);
    }

    public List<Long> getPartners() {
        return List.copyOf(partners);
    }

    public List<Long> getLinks() {
        return List.copyOf(links);
    }

    /** By indicator, then year. */
    public List<IndicatorValue> getValues() {
        return values.stream().sorted(Comparator.comparing(IndicatorValue::getIndicator)
                .thenComparingInt(IndicatorValue::getYear)).toList();
    }
}

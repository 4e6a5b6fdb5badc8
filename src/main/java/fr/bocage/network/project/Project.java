package fr.bocage.network.project;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cooperation project between actors of the directory (COOP'R): its period, funders, partners, coordinators and
 * work plan. Found by its slug. Its members ({@link ProjectMember}) share a circle ({@link #circle}).
 */
@Entity
@Table(name = "PROJECT")
@NamedQuery(name = Project.ALL, query = "SELECT p FROM Project p ORDER BY p.startDate DESC, p.title")
@NamedQuery(name = Project.BY_SLUG, query = "SELECT p FROM Project p WHERE p.slug = :slug")
@NamedQuery(name = Project.COORDINATED_BY,
        query = "SELECT p.id FROM Project p JOIN p.coordinators c WHERE c = :username")
public class Project {
    static final String ALL = "Project.all";
    static final String BY_SLUG = "Project.bySlug";
    static final String COORDINATED_BY = "Project.coordinatedBy";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "SLUG", nullable = false, length = 80)
    private String slug;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "ACRONYM", length = 40)
    private String acronym;

    @Column(name = "SUMMARY", length = 2000)
    private String summary;

    @Column(name = "PURPOSE", length = 10000)
    private String purpose;

    @Column(name = "STARTDATE", nullable = false)
    private LocalDate startDate;

    @Column(name = "ENDDATE", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 20)
    private ProjectState state = ProjectState.DRAFT;

    @Column(name = "CREATEDBY", nullable = false, length = 320)
    private String createdBy;

    @Column(name = "CREATEDAT", nullable = false)
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PROJECT_COORDINATOR", joinColumns = @JoinColumn(name = "PROJECT_ID"))
    @Column(name = "USERNAME", length = 320)
    private Set<String> coordinators = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PROJECT_FUNDER", joinColumns = @JoinColumn(name = "PROJECT_ID"))
    @OrderColumn(name = "POSITION")
    private List<Funder> funders = new ArrayList<>();

    /** In the order given: the directory's order of a consortium, its leader first. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PROJECT_PARTNER", joinColumns = @JoinColumn(name = "PROJECT_ID"))
    @OrderColumn(name = "POSITION")
    private List<Partner> partners = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("number")
    private List<ProjectAction> plan = new ArrayList<>();

    protected Project() {
    }

    Project(String slug, String createdBy) {
        this.slug = slug;
        this.createdBy = createdBy;
    }

    /** The circle of what is shared with the members of project {@code id} only. */
    public static String circle(long id) {
        return "project:" + id;
    }

    void describe(ProjectDetails d) {
        title = d.title();
        acronym = d.acronym();
        summary = d.summary();
        purpose = d.purpose();
        startDate = d.startDate();
        endDate = d.endDate();
        state = d.state();
        coordinators.clear();
        coordinators.addAll(d.coordinators());
        funders.clear();
        funders.addAll(d.funders());
        partners.clear();
        partners.addAll(d.partners());
        plan.clear();
        d.plan().forEach(w -> plan.add(new ProjectAction(this, w)));
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getSummary() {
        return summary;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public ProjectState getState() {
        return state;
    }

    public boolean isPublished() {
        return state == ProjectState.PUBLISHED;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getCoordinators() {
        return Set.copyOf(coordinators);
    }

    public boolean isCoordinatedBy(String username) {
        return username != null && coordinators.contains(username);
    }

    public List<Funder> getFunders() {
        return List.copyOf(funders);
    }

    public List<Partner> getPartners() {
        return List.copyOf(partners);
    }

    public List<ProjectAction> getPlan() {
        return List.copyOf(plan);
    }
}

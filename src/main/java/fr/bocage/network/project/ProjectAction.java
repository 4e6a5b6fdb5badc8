package fr.bocage.network.project;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One numbered action of a project's work plan (« Action 0 : autodiagnostic »), and what it produced. */
@Entity
@Table(name = "PROJECT_ACTION")
public class ProjectAction {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "PROJECT_ID", nullable = false)
    private Project project;

    @Column(name = "NUMBER", nullable = false)
    private int number;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private WorkKind kind;

    @Column(name = "DESCRIPTION", length = 4000)
    private String description;

    @Column(name = "STARTDATE", nullable = false)
    private LocalDate startDate;

    @Column(name = "ENDDATE", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private WorkStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PROJECT_ACTION_OUTPUT", joinColumns = @JoinColumn(name = "ACTION_ID"))
    @OrderColumn(name = "POSITION")
    private List<Output> outputs = new ArrayList<>();

    protected ProjectAction() {
    }

    ProjectAction(Project project, WorkDetails d) {
        this.project = project;
        number = d.number();
        title = d.title();
        kind = d.kind();
        description = d.description();
        startDate = d.startDate();
        endDate = d.endDate();
        status = d.status();
        outputs.addAll(d.outputs());
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public WorkKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public WorkStatus getStatus() {
        return status;
    }

    public List<Output> getOutputs() {
        return List.copyOf(outputs);
    }
}

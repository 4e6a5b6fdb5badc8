package fr.bocage.network.diagnosis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A questionnaire version opened to the partner organisations for a period (one at a project's start, one at its end). */
@Entity
@Table(name = "DIAGNOSIS_CAMPAIGN")
@NamedQuery(name = Campaign.OF_PROJECT, query = "SELECT c FROM Campaign c WHERE c.projectId = :project "
        + "ORDER BY c.opensOn, c.id")
@NamedQuery(name = Campaign.ANSWERED, query = "SELECT COUNT(a) FROM Answer a, Campaign c "
        + "WHERE a.campaignId = c.id AND c.questionnaireId = :questionnaire")
public class Campaign {
    static final String OF_PROJECT = "Campaign.ofProject";
    static final String ANSWERED = "Campaign.answered";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PROJECT_ID", nullable = false)
    private Long projectId;

    @Column(name = "QUESTIONNAIRE_ID", nullable = false)
    private Long questionnaireId;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "OPENSON", nullable = false)
    private LocalDate opensOn;

    @Column(name = "CLOSESON", nullable = false)
    private LocalDate closesOn;

    @Column(name = "CREATEDAT", nullable = false)
    private Instant createdAt = Instant.now();

    protected Campaign() {
    }

    Campaign(long projectId, long questionnaireId, String title, LocalDate opensOn, LocalDate closesOn) {
        this.projectId = projectId;
        this.questionnaireId = questionnaireId;
        this.title = title;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    /** Whether answers may be saved on {@code day}: from its opening day to its closing day, both included. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getQuestionnaireId() {
        return questionnaireId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }
}

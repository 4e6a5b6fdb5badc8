package fr.bocage.network.diagnosis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One version of a project's self-diagnosis questionnaire. Changing a version that has answers makes the next one
 * ({@link #getPreviousId()} names the version it replaces, which becomes superseded): the answers keep the questions they
 * answered. What it asks is one document ({@link Content}), read whole.
 */
@Entity
@Table(name = "DIAGNOSIS_QUESTIONNAIRE")
@NamedQuery(name = Questionnaire.OF_PROJECT, query = "SELECT q FROM Questionnaire q WHERE q.projectId = :project "
        + "ORDER BY q.createdAt DESC, q.id DESC")
public class Questionnaire {
    static final String OF_PROJECT = "Questionnaire.ofProject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PROJECT_ID", nullable = false)
    private Long projectId;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Lob
    @Column(name = "CONTENT", nullable = false)
    private String content;

    @Column(name = "VERSION_NUMBER", nullable = false)
    private int versionNumber = 1;

    @Column(name = "PREVIOUS_ID")
    private Long previousId;

    @Column(name = "SUPERSEDED", nullable = false)
    private boolean superseded;

    @Column(name = "CREATEDAT", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    @Column(name = "LOCK_VERSION", nullable = false)
    private long lockVersion;

    protected Questionnaire() {
    }

    Questionnaire(long projectId, String title, Content content) {
        this.projectId = projectId;
        describe(title, content);
    }

    /** The next version of {@code previous}, which it supersedes ({@link #supersede()} marks that one). */
    Questionnaire(Questionnaire previous, String title, Content content) {
        this(previous.getProjectId(), title, content);
        this.versionNumber = previous.getVersionNumber() + 1;
        this.previousId = previous.getId();
    }

    /** Marks it as replaced by a later version: it changes no more. */
    void supersede() {
        superseded = true;
    }

    void describe(String title, Content content) {
        this.title = title;
        this.content = DiagnosisJson.write(content);
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getTitle() {
        return title;
    }

    public Content content() {
        return DiagnosisJson.content(content);
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public Long getPreviousId() {
        return previousId;
    }

    public boolean isSuperseded() {
        return superseded;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

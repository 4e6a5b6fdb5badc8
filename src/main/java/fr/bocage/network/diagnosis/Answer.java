package fr.bocage.network.diagnosis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A partner organisation's one answer to a campaign, which its members edit together: a draft until submitted. Its
 * {@link #version} moves on every save, so that a save made from an older reading is refused, not lost.
 */
@Entity
@Table(name = "DIAGNOSIS_ANSWER")
@NamedQuery(name = Answer.OF_CAMPAIGN, query = "SELECT a FROM Answer a WHERE a.campaignId = :campaign "
        + "ORDER BY a.actorId")
@NamedQuery(name = Answer.ONE, query = "SELECT a FROM Answer a WHERE a.campaignId = :campaign "
        + "AND a.actorId = :actor")
@NamedQuery(name = Answer.SUBMITTED_IN, query = "SELECT a FROM Answer a WHERE a.campaignId IN :campaigns "
        + "AND a.state = fr.bocage.network.diagnosis.AnswerState.SUBMITTED")
@NamedQuery(name = Answer.SCORED_IN, query = "SELECT a.id, a.campaignId, a.actorId, a.sectionScores FROM Answer a "
        + "WHERE a.campaignId IN :campaigns AND a.state = fr.bocage.network.diagnosis.AnswerState.SUBMITTED")
public class Answer {
    static final String OF_CAMPAIGN = "Answer.ofCampaign";
    static final String ONE = "Answer.one";
    static final String SUBMITTED_IN = "Answer.submittedIn";
    static final String SCORED_IN = "Answer.scoredIn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CAMPAIGN_ID", nullable = false)
    private Long campaignId;

    @Column(name = "ACTOR_ID", nullable = false)
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 20)
    private AnswerState state = AnswerState.DRAFT;

    @Lob
    @Column(name = "RESPONSES", nullable = false)
    private String responses = "{}";

    /**
     * Its sections' percents in its questionnaire's order, kept at each save (the questionnaire no longer changes
     * once answered) so that the comparison reads no responses; null for answers saved before it was kept.
     */
    @Column(name = "SECTION_SCORES", length = 1000)
    private String sectionScores;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "UPDATEDAT", nullable = false)
    private Instant updatedAt = Instant.now();

    @Column(name = "UPDATEDBY", nullable = false, length = 320)
    private String updatedBy;

    @Column(name = "SUBMITTEDAT")
    private Instant submittedAt;

    protected Answer() {
    }

    Answer(long campaignId, long actorId, String createdBy) {
        this.campaignId = campaignId;
        this.actorId = actorId;
        this.updatedBy = createdBy;
    }

    void save(Content content, Map<String, List<String>> kept, String username, boolean submit, Instant now) {
        responses = DiagnosisJson.write(kept);
        sectionScores = DiagnosisJson.writePercents(Scores.of(content, kept).stream()
                .map(Scores.SectionScore::percent).toList());
        updatedBy = username;
        updatedAt = now;
        if (submit) {
            state = AnswerState.SUBMITTED;
            submittedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getActorId() {
        return actorId;
    }

    public AnswerState getState() {
        return state;
    }

    public boolean isSubmitted() {
        return state == AnswerState.SUBMITTED;
    }

    public Map<String, List<String>> responses() {
        return DiagnosisJson.responses(responses);
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}

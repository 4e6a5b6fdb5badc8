package fr.bocage.network.diagnosis;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Questionnaires, campaigns and answers as the API shows them. */
public final class DiagnosisViews {
    private DiagnosisViews() {
    }

    /**
     * @param previous the version it replaced, or null
     * @param superseded whether a later version replaced it
     */
    @JsonbPropertyOrder({"id", "title", "version", "previous", "superseded", "sections"})
    public record QuestionnaireView(long id, String title, int version, Long previous, boolean superseded,
            List<SectionView> sections) {
        static QuestionnaireView of(Questionnaire q) {
            return new QuestionnaireView(q.getId(), q.getTitle(), q.getVersionNumber(), q.getPreviousId(),
                    q.isSuperseded(), q.content().sections().stream().map(s -> new SectionView(s.title(),
                            s.questions().stream().map(question -> new QuestionView(question.key(),
                                    question.kind().code(), question.text(), question.weight(), question.options()))
                                    .toList())).toList());
        }
    }

    public record SectionView(String title, List<QuestionView> questions) {
    }

    @JsonbPropertyOrder({"key", "kind", "text", "weight", "options"})
    public record QuestionView(String key, String kind, String text, double weight, List<Content.Option> options) {
    }

    @JsonbPropertyOrder({"id", "title", "questionnaire", "opensOn", "closesOn", "page"})
    public record CampaignView(long id, String title, long questionnaire, LocalDate opensOn, LocalDate closesOn,
            String page) {
        static CampaignView of(String slug, Campaign c) {
            return new CampaignView(c.getId(), c.getTitle(), c.getQuestionnaireId(), c.getOpensOn(), c.getClosesOn(),
                    DiagnosisPaths.campaign(slug, c.getId()));
        }
    }

    /** @param responses each question's key with its values, as saved */
    @JsonbPropertyOrder({"campaign", "organisation", "state", "version", "updatedAt", "updatedBy", "submittedAt",
            "responses"})
    public record AnswerView(long campaign, long organisation, String state, long version, Instant updatedAt,
            String updatedBy, Instant submittedAt, Map<String, List<String>> responses) {
        static AnswerView of(Answer a) {
            return new AnswerView(a.getCampaignId(), a.getActorId(), a.getState().code(), a.getVersion(),
                    a.getUpdatedAt(), a.getUpdatedBy(), a.getSubmittedAt(), a.responses());
        }
    }
}

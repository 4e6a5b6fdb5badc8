package fr.bocage.network.diagnosis;

import fr.bocage.platform.web.FormFeedback;
import java.util.List;

/**
 * A campaign: for a member, its organisation's answer form (« Enregistrer le brouillon », « Envoyer »), or the answer
 * as sent; for those who run the project, where each organisation's answer stands, and the comparison.
 *
 * @param form the member's form, or null for who is not a member
 * @param answers each organisation's answer, for those who run the project; empty otherwise
 */
public record CampaignPage(String slug, String project, long id, String title, String dates, boolean open,
        String home, AnswerForm form, List<AnswerRow> answers, String comparison, String done, FormFeedback feedback) {

    /**
     * @param version the answer's version the form was read at, sent back with it
     * @param editable whether it may still be saved: a draft, while the campaign is open
     */
    public record AnswerForm(long organisation, String name, String state, long version, boolean editable,
            String report, List<FormSection> sections) {
    }

    public record FormSection(String title, List<FormQuestion> questions) {
    }

    /** @param value the number or text typed; choices carry their own ticks */
    public record FormQuestion(String key, String kind, String text, List<FormChoice> choices, String value) {
    }

    /** @param value what the control sends: a scale's point or a choice's number */
    public record FormChoice(String value, String label, boolean checked) {
    }

    public record AnswerRow(String organisation, String state, String updatedAt, String report) {
    }
}

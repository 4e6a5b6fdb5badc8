package fr.bocage.network.diagnosis;

import fr.bocage.platform.web.FormFeedback;
import java.util.List;

/**
 * A project's self-diagnosis page: its campaigns for all who take part (with, for a member, where its organisation's
 * answer stands), and for those who run it the questionnaires and the forms that create one and open a campaign.
 *
 * @param organisation the name of the organisation the caller answers for, or null
 * @param typed what was typed in the campaign form, by field, to show it again with an error
 */
public record DiagnosisHomePage(String slug, String project, boolean runs, String organisation,
        List<QuestionnaireRow> questionnaires, List<CampaignRow> campaigns, java.util.Map<String, String> typed,
        FormFeedback feedback) {

    public record QuestionnaireRow(long id, String title, int version, boolean superseded, int questions,
            String link) {
    }

    /**
     * @param state the words for where the caller's organisation's answer stands, or null for who runs the project
     * @param comparison the comparison's page, for who runs the project only
     */
    public record CampaignRow(long id, String title, String dates, boolean open, String questionnaire, String link,
            String state, String comparison) {
    }
}

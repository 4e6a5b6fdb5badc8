package fr.bocage.network.diagnosis;

import fr.bocage.network.project.ProjectStanding;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Questionnaires, campaigns and answers as each caller may read them: the questionnaires and campaigns by those who
 * run the project and its members (who answer them); an answer by its organisation's members and those who run it.
 */
@ApplicationScoped
public class DiagnosisReads {

    @Inject
    DiagnosisService service;

    @Inject
    DiagnosisRepository diagnoses;

    /** Where the caller stands, if a member or running the project; a refusal otherwise. */
    ProjectStanding taking(String slug, Caller caller) {
        ProjectStanding standing = service.standing(slug, caller);
        if (!standing.seesPrivateSpace()) {
            throw new Forbidden(Messages.get("diagnosis.members.only"));
        }
        return standing;
    }

    @Transactional
    public List<DiagnosisViews.QuestionnaireView> questionnaires(String slug, Caller caller) {
        return diagnoses.questionnaires(taking(slug, caller).project()).stream()
                .map(DiagnosisViews.QuestionnaireView::of).toList();
    }

    @Transactional
    public DiagnosisViews.QuestionnaireView questionnaire(String slug, long id, Caller caller) {
        return DiagnosisViews.QuestionnaireView.of(diagnoses.questionnaire(taking(slug, caller).project(), id));
    }

    @Transactional
    public List<DiagnosisViews.CampaignView> campaigns(String slug, Caller caller) {
        return diagnoses.campaigns(taking(slug, caller).project()).stream()
                .map(c -> DiagnosisViews.CampaignView.of(slug, c)).toList();
    }

    @Transactional
    public DiagnosisViews.CampaignView campaign(String slug, long id, Caller caller) {
        return DiagnosisViews.CampaignView.of(slug, diagnoses.campaign(taking(slug, caller).project(), id));
    }

    /** The campaign's answers the caller reads: all for those who run the project, its own for a member. */
    @Transactional
    public List<DiagnosisViews.AnswerView> answers(String slug, long campaignId, Caller caller) {
        ProjectStanding standing = taking(slug, caller);
        Campaign campaign = diagnoses.campaign(standing.project(), campaignId);
        return diagnoses.answers(campaign).stream().filter(a -> standing.readsAnswersOf(a.getActorId()))
                .map(DiagnosisViews.AnswerView::of).toList();
    }

    @Transactional
    public DiagnosisViews.AnswerView answer(String slug, long campaignId, long actorId, Caller caller) {
        ProjectStanding standing = service.standing(slug, caller);
        Campaign campaign = diagnoses.campaign(standing.project(), campaignId);
        if (!standing.readsAnswersOf(actorId)) {
            throw new Forbidden(Messages.get("diagnosis.answer.read.forbidden"));
        }
        return diagnoses.answer(campaign, actorId).map(DiagnosisViews.AnswerView::of)
                .orElseThrow(() -> new NotFound(Messages.get("diagnosis.answer.none")));
    }
}

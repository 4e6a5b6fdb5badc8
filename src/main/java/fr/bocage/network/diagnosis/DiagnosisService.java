package fr.bocage.network.diagnosis;

import fr.bocage.network.project.Project;
import fr.bocage.network.project.ProjectMembers;
import fr.bocage.network.project.ProjectRepository;
import fr.bocage.network.project.ProjectStanding;
import fr.bocage.platform.Causes;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Building questionnaires, opening campaigns and saving answers. Who may do what is the project's standing
 * ({@link ProjectStanding}): those who run the project build and open; an organisation's members answer for it.
 */
@ApplicationScoped
public class DiagnosisService {
    /** The SQL state class of a broken constraint: here, an organisation's one answer per campaign. */
    private static final String INTEGRITY_VIOLATION = "23";

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectMembers members;

    @Inject
    DiagnosisRepository diagnoses;

    @Inject
    Validator validator;

    Clock clock = Clock.systemDefaultZone();

    /** Where the caller stands in the project, which the caller may see (else it is unknown). */
    public ProjectStanding standing(String slug, Caller caller) {
        Project project = projects.visibleTo(slug, caller);
        return members.standing(project, caller);
    }

    /** The project, if the caller runs it; a refusal otherwise. */
    ProjectStanding running(String slug, Caller caller) {
        ProjectStanding standing = standing(slug, caller);
        if (!standing.runs()) {
            throw new Forbidden(Messages.get("diagnosis.run.forbidden"));
        }
        return standing;
    }

    @Transactional
    public Questionnaire create(String slug, QuestionnaireInput input, Caller caller) {
        Project project = running(slug, caller).project();
        Questionnaire questionnaire = new Questionnaire(project.getId(), input.title(), input.content());
        diagnoses.persist(questionnaire);
        return questionnaire;
    }

    /**
     * Describes the questionnaire anew. A version that has answers stays as it is for them: the change makes the next
     * version, returned. Only the latest version changes.
     */
    @Transactional
    public Questionnaire update(String slug, long id, QuestionnaireInput input, Caller caller) {
        Project project = running(slug, caller).project();
        Questionnaire questionnaire = diagnoses.questionnaire(project, id);
        if (questionnaire.isSuperseded()) {
            throw new Conflict(Messages.get("diagnosis.questionnaire.superseded"));
        }
        Content content = input.content();
        if (!diagnoses.answered(questionnaire)) {
            questionnaire.describe(input.title(), content);
            return questionnaire;
        }
        Questionnaire next = new Questionnaire(questionnaire, input.title(), content);
        questionnaire.supersede();
        diagnoses.persist(next);
        return next;
    }

    /**
     * One step of the builder on the latest version: the result is checked as the API's input would be, then saved
     * as {@link #update} does.
     */
    @Transactional
    public Questionnaire edit(String slug, long id, UnaryOperator<QuestionnaireInput> step, Caller caller) {
        Project project = running(slug, caller).project();
        Questionnaire questionnaire = diagnoses.questionnaire(project, id);
        QuestionnaireInput changed = step.apply(QuestionnaireInput.of(questionnaire.getTitle(),
                questionnaire.content()));
        Set<ConstraintViolation<QuestionnaireInput>> violations = validator.validate(changed);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return update(slug, id, changed, caller);
    }

    @Transactional
    public Campaign open(String slug, CampaignInput input, Caller caller) {
        Project project = running(slug, caller).project();
        Questionnaire questionnaire = diagnoses.questionnaire(project, input.questionnaire());
        if (input.closesOn().isBefore(input.opensOn())) {
            String message = Messages.get("diagnosis.campaign.dates");
            throw new InvalidInput(InvalidInput.Reason.INVALID, message, Map.of("closesOn", message));
        }
        if (questionnaire.content().questions().isEmpty()) {
            String message = Messages.get("diagnosis.campaign.empty");
            throw new InvalidInput(InvalidInput.Reason.INVALID, message, Map.of("questionnaire", message));
        }
        Campaign campaign = new Campaign(project.getId(), questionnaire.getId(), input.title(), input.opensOn(),
                input.closesOn());
        diagnoses.persist(campaign);
        return campaign;
    }

    /**
     * Saves the organisation's answer, as a draft or submitted. A save made from an older reading than the answer's
     * current version is refused (409): another member saved in between, and their work is not overwritten.
     */
    @Transactional
    public Answer save(String slug, long campaignId, long actorId, AnswerInput input, Caller caller) {
        ProjectStanding standing = standing(slug, caller);
        Campaign campaign = diagnoses.campaign(standing.project(), campaignId);
        if (!standing.speaksFor(actorId)) {
            throw new Forbidden(Messages.get("diagnosis.answer.forbidden"));
        }
        if (!campaign.isOpenOn(LocalDate.now(clock))) {
            throw new Conflict(Messages.get("diagnosis.campaign.closed"));
        }
        Answer answer = diagnoses.answer(campaign, actorId).orElse(null);
        if (answer != null && answer.isSubmitted()) {
            throw new Conflict(Messages.get("diagnosis.answer.submitted"));
        }
        if (answer != null && !Objects.equals(input.version(), answer.getVersion())) {
            throw new Conflict(Messages.format("diagnosis.answer.stale", answer.getUpdatedBy()));
        }
        Content content = diagnoses.questionnaire(standing.project(), campaign.getQuestionnaireId()).content();
        Map<String, List<String>> kept = Responses.read(content, input.responses());
        if (answer == null) {
            answer = new Answer(campaign.getId(), actorId, caller.username());
            diagnoses.persist(answer);
        }
        answer.save(content, kept, caller.username(), input.submitting(), clock.instant());
        try {
            diagnoses.flush();
        } catch (PersistenceException e) {
            // Two members saved at the same instant: the same first answer twice, or the same version moved twice.
            if (e instanceof OptimisticLockException || Causes.anyMatch(e, c -> c instanceof SQLException sql
                    && sql.getSQLState() != null && sql.getSQLState().startsWith(INTEGRITY_VIOLATION))) {
                throw new Conflict(Messages.get("diagnosis.answer.concurrent"));
            }
            throw e;
        }
        return answer;
    }

    /**
     * Records an answer collected elsewhere (on paper during a gathering, or the demo's), as submitted: administrators
     * only, for one of the project's partner organisations, whatever the campaign's dates.
     */
    @Transactional
    public Answer record(String slug, long campaignId, long actorId, Map<String, List<String>> responses,
            Caller caller) {
        ProjectStanding standing = standing(slug, caller);
        Campaign campaign = diagnoses.campaign(standing.project(), campaignId);
        if (!caller.admin()) {
            throw new Forbidden(Messages.get("diagnosis.record.forbidden"));
        }
        if (standing.project().getPartners().stream().noneMatch(p -> p.getActorId() == actorId)) {
            throw new InvalidInput(Messages.format("diagnosis.record.not-partner", actorId));
        }
        if (diagnoses.answer(campaign, actorId).isPresent()) {
            throw new Conflict(Messages.get("diagnosis.record.exists"));
        }
        Content content = diagnoses.questionnaire(standing.project(), campaign.getQuestionnaireId()).content();
        Answer answer = new Answer(campaign.getId(), actorId, caller.username());
        answer.save(content, Responses.read(content, responses), caller.username(), true, clock.instant());
        diagnoses.persist(answer);
        return answer;
    }
}

package fr.bocage.network.diagnosis;

import fr.bocage.network.project.ProjectStanding;
import fr.bocage.platform.Messages;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.FormOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The records of the self-diagnosis pages, each read in one transaction, as the caller's standing lets them. */
@ApplicationScoped
public class DiagnosisPages {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM uuuu à HH:mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    @Inject
    DiagnosisService service;

    @Inject
    DiagnosisReads reads;

    @Inject
    DiagnosisReports reports;

    @Inject
    DiagnosisRepository diagnoses;

    Clock clock = Clock.systemDefaultZone();

    @Transactional
    public DiagnosisHomePage home(String slug, Caller caller, Map<String, String> typed, FormFeedback feedback) {
        ProjectStanding standing = reads.taking(slug, caller);
        LocalDate today = LocalDate.now(clock);
        List<Questionnaire> questionnaires = diagnoses.questionnaires(standing.project());
        List<DiagnosisHomePage.QuestionnaireRow> rows = standing.runs() ? questionnaires.stream()
                .map(q -> new DiagnosisHomePage.QuestionnaireRow(q.getId(), q.getTitle(), q.getVersionNumber(),
                        q.isSuperseded(), q.content().questions().size(), DiagnosisPaths.questionnaire(slug, q.getId())))
                .toList() : List.of();
        Long actor = standing.isMember() ? standing.member().getActorId() : null;
        List<DiagnosisHomePage.CampaignRow> campaigns = new ArrayList<>();
        for (Campaign c : diagnoses.campaigns(standing.project())) {
            String title = questionnaires.stream().filter(q -> q.getId() == c.getQuestionnaireId()).findFirst()
                    .map(q -> Messages.format("diagnosis.questionnaire.version", q.getTitle(), q.getVersionNumber()))
                    .orElse("");
            String state = actor == null ? null : diagnoses.answer(c, actor).map(a -> a.getState().label())
                    .orElse(Messages.get("diagnosis.answer.state.none"));
            campaigns.add(new DiagnosisHomePage.CampaignRow(c.getId(), c.getTitle(), dates(c), c.isOpenOn(today),
                    title, DiagnosisPaths.campaign(slug, c.getId()), state,
                    standing.runs() ? DiagnosisPaths.comparison(slug, c.getId()) : null));
        }
        String organisation = actor == null ? null : diagnoses.names(List.of(actor)).get(actor);
        return new DiagnosisHomePage(slug, standing.project().getTitle(), standing.runs(), organisation, rows,
                campaigns, typed, feedback);
    }

    @Transactional
    public QuestionnaireBuilderPage builder(String slug, long id, Caller caller, FormFeedback feedback) {
        ProjectStanding standing = service.running(slug, caller);
        Questionnaire q = diagnoses.questionnaire(standing.project(), id);
        List<FormOption> kinds = Arrays.stream(QuestionKind.values())
                .map(k -> new FormOption(k.code(), k.label(), false)).toList();
        return new QuestionnaireBuilderPage(slug, standing.project().getTitle(), q.getId(), q.getTitle(),
                q.getVersionNumber(), q.isSuperseded(), diagnoses.answered(q), q.content().sections(), kinds,
                DiagnosisPaths.home(slug), feedback);
    }

    /**
     * @param typed the responses typed, shown again after a refusal; null to show those saved
     */
    @Transactional
    public CampaignPage campaign(String slug, long id, Caller caller, Map<String, List<String>> typed, String done,
            FormFeedback feedback) {
        ProjectStanding standing = reads.taking(slug, caller);
        Campaign campaign = diagnoses.campaign(standing.project(), id);
        boolean open = campaign.isOpenOn(LocalDate.now(clock));
        CampaignPage.AnswerForm form = null;
        if (standing.isMember()) {
            long actor = standing.member().getActorId();
            Optional<Answer> answer = diagnoses.answer(campaign, actor);
            Content content = diagnoses.questionnaire(standing.project(), campaign.getQuestionnaireId()).content();
            Map<String, List<String>> shown = typed != null ? typed : answer.map(Answer::responses).orElse(Map.of());
            form = new CampaignPage.AnswerForm(actor, diagnoses.names(List.of(actor)).getOrDefault(actor, ""),
                    answer.map(a -> a.getState().label()).orElse(Messages.get("diagnosis.answer.state.none")),
                    answer.map(Answer::getVersion).orElse(0L),
                    open && answer.map(a -> !a.isSubmitted()).orElse(true),
                    DiagnosisPaths.report(slug, id, actor), sections(content, shown));
        }
        List<CampaignPage.AnswerRow> answers = List.of();
        if (standing.runs()) {
            List<Answer> all = diagnoses.answers(campaign);
            Map<Long, String> names = diagnoses.names(all.stream().map(Answer::getActorId).toList());
            answers = all.stream().map(a -> new CampaignPage.AnswerRow(names.getOrDefault(a.getActorId(),
                    "n° " + a.getActorId()), a.getState().label(), MOMENT.format(a.getUpdatedAt()),
                    DiagnosisPaths.report(slug, id, a.getActorId()))).toList();
        }
        return new CampaignPage(slug, standing.project().getTitle(), id, campaign.getTitle(), dates(campaign), open,
                DiagnosisPaths.home(slug), form, answers,
                standing.runs() ? DiagnosisPaths.comparison(slug, id) : null, done, feedback);
    }

    private static List<CampaignPage.FormSection> sections(Content content, Map<String, List<String>> shown) {
        return content.sections().stream().map(s -> new CampaignPage.FormSection(s.title(), s.questions().stream()
                .map(q -> {
                    List<String> values = shown.getOrDefault(q.key(), List.of());
                    List<CampaignPage.FormChoice> choices = new ArrayList<>();
                    for (int i = 0; i < q.options().size(); i++) {
                        String value = String.valueOf(q.kind() == QuestionKind.SCALE ? i + 1 : i);
                        String label = q.kind() == QuestionKind.SCALE ? value + " — " + q.options().get(i).label()
                                : q.options().get(i).label();
                        choices.add(new CampaignPage.FormChoice(value, label, values.contains(value)));
                    }
                    return new CampaignPage.FormQuestion(q.key(), q.kind().code(), q.text(), choices,
                            q.kind().hasChoices() || q.kind() == QuestionKind.SCALE || values.isEmpty() ? ""
                                    : values.get(0));
                }).toList())).toList();
    }

    @Transactional
    public ReportPage report(String slug, long id, long actor, Caller caller) {
        Report report = reports.report(slug, id, actor, caller);
        return new ReportPage(slug, service.standing(slug, caller).project().getTitle(), report.title(), DiagnosisPaths.campaign(slug, id), report,
                fr.bocage.platform.rest.ApiNames.parse(AnswerState.class, report.state()).orElseThrow().label(),
                report.scores().stream()
                        .map(s -> new ReportPage.Score(s.title(), s.percent() == null ? null
                                : DiagnosisReports.percent(s.percent()) + " %", s.answered(), s.unanswered()))
                        .toList());
    }

    @Transactional
    public ComparisonPage comparison(String slug, long id, Caller caller) {
        Comparison comparison = reports.comparison(slug, id, caller);
        List<ComparisonPage.Line> table = comparison.rows().stream().map(r -> new ComparisonPage.Line(
                r.organisation(), r.scores().stream().map(s -> s == null ? "" : DiagnosisReports.percent(s) + " %")
                        .toList())).toList();
        List<ComparisonPage.Line> progress = comparison.progress().stream().map(p -> new ComparisonPage.Line(
                p.organisation(), p.deltas().stream().map(DiagnosisPages::delta).toList())).toList();
        return new ComparisonPage(slug, comparison.project(), DiagnosisPaths.campaign(slug, id), comparison, table,
                progress, DiagnosisPaths.comparison(slug, id) + ".csv");
    }

    /** A section's progress in words: « 40,0 % → 65,0 % (+25,0) ». */
    private static String delta(Comparison.Delta d) {
        if (d.change() == null) {
            return d.after() == null ? "" : DiagnosisReports.percent(d.after()) + " %";
        }
        String sign = d.change() >= 0 ? "+" : "−";
        return Messages.format("diagnosis.progress.delta", DiagnosisReports.percent(d.before()),
                DiagnosisReports.percent(d.after()), sign + DiagnosisReports.percent(Math.abs(d.change())));
    }

    private static String dates(Campaign c) {
        return Messages.format("diagnosis.dates", DAY.format(c.getOpensOn()), DAY.format(c.getClosesOn()));
    }
}

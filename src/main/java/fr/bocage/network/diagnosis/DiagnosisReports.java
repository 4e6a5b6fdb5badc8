package fr.bocage.network.diagnosis;

import fr.bocage.network.project.ProjectStanding;
import fr.bocage.platform.CsvSheet;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The results of a campaign: an organisation's report, and the comparison across organisations (with its CSV) for
 * those who run the project. The comparison reads the campaign's answers, the campaign before's and the
 * organisations' names in three queries, however many organisations answered.
 */
@ApplicationScoped
public class DiagnosisReports {

    @Inject
    DiagnosisService service;

    @Inject
    DiagnosisRepository diagnoses;

    @Transactional
    public Report report(String slug, long campaignId, long actorId, Caller caller) {
        ProjectStanding standing = service.standing(slug, caller);
        Campaign campaign = diagnoses.campaign(standing.project(), campaignId);
        if (!standing.readsAnswersOf(actorId)) {
            throw new Forbidden(Messages.get("diagnosis.answer.read.forbidden"));
        }
        Content content = diagnoses.questionnaire(standing.project(), campaign.getQuestionnaireId()).content();
        Optional<Answer> answer = diagnoses.answer(campaign, actorId);
        Map<String, List<String>> responses = answer.map(Answer::responses).orElse(Map.of());
        String name = diagnoses.names(List.of(actorId)).getOrDefault(actorId, "n° " + actorId);
        List<Report.Shown> shown = new ArrayList<>();
        for (Content.Section section : content.sections()) {
            for (Content.Question q : section.questions()) {
                shown.add(new Report.Shown(section.title(), q.key(), q.text(), q.kind().code(),
                        words(q, responses.get(q.key()))));
            }
        }
        return new Report(campaign.getId(), campaign.getTitle(), actorId, name,
                answer.map(a -> a.getState().code()).orElse(AnswerState.DRAFT.code()),
                answer.map(Answer::getVersion).orElse(0L), Scores.of(content, responses), shown);
    }

    @Transactional
    public Comparison comparison(String slug, long campaignId, Caller caller) {
        return compared(slug, campaignId, caller).comparison();
    }

    /** The comparison as CSV: one row per organisation, its section scores then its responses in words. */
    @Transactional
    public String csv(String slug, long campaignId, Caller caller) {
        Compared compared = compared(slug, campaignId, caller);
        List<Content.Question> questions = compared.content().questions();
        String[] header = Stream.concat(Stream.concat(Stream.of(Messages.get("diagnosis.csv.organisation")),
                compared.comparison().sections().stream().map(s -> Messages.format("diagnosis.csv.section", s))),
                questions.stream().map(q -> q.key() + " " + q.text())).toArray(String[]::new);
        List<List<Object>> rows = new ArrayList<>();
        for (Comparison.Row row : compared.comparison().rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.organisation());
            row.scores().forEach(s -> cells.add(s == null ? "" : percent(s)));
            Map<String, List<String>> responses = compared.responses().get(row.actorId());
            questions.forEach(q -> cells.add(Optional.ofNullable(words(q, responses.get(q.key()))).orElse("")));
            rows.add(cells);
        }
        return CsvSheet.write(header, rows);
    }

    /** A comparison with what its CSV needs besides. */
    private record Compared(Comparison comparison, Content content, Map<Long, Map<String, List<String>>> responses) {
    }

    private Compared compared(String slug, long campaignId, Caller caller) {
        ProjectStanding standing = service.running(slug, caller);
        Campaign campaign = diagnoses.campaign(standing.project(), campaignId);
        List<Campaign> campaigns = diagnoses.campaigns(standing.project());
        int index = campaigns.indexOf(campaign);
        Campaign previous = index > 0 ? campaigns.get(index - 1) : null;
        List<Answer> answers = diagnoses.submitted(previous == null ? List.of(campaign.getId())
                : List.of(campaign.getId(), previous.getId()));
        Map<Long, String> names = diagnoses.names(answers.stream().map(Answer::getActorId).distinct().toList());
        Content content = diagnoses.questionnaire(standing.project(), campaign.getQuestionnaireId()).content();
        List<String> sections = content.sections().stream().map(Content.Section::title).toList();
        Map<Long, Map<String, List<String>>> responses = new HashMap<>();
        List<Comparison.Row> rows = new ArrayList<>();
        for (Answer answer : answers) {
            if (answer.getCampaignId() == campaign.getId()) {
                responses.put(answer.getActorId(), answer.responses());
                rows.add(new Comparison.Row(answer.getActorId(), names.getOrDefault(answer.getActorId(),
                        "n° " + answer.getActorId()), Scores.of(content, responses.get(answer.getActorId()))
                        .stream().map(Scores.SectionScore::percent).toList()));
            }
        }
        Collator french = Collator.getInstance(Locale.FRENCH);
        rows.sort(Comparator.comparing(Comparison.Row::organisation, french));
        List<Comparison.Progress> progress = previous == null ? List.of()
                : progress(rows, sections, answers.stream().filter(a -> a.getCampaignId() == previous.getId())
                        .collect(Collectors.toMap(Answer::getActorId, a -> a)),
                        diagnoses.questionnaire(standing.project(), previous.getQuestionnaireId()).content());
        return new Compared(new Comparison(standing.project().getTitle(), campaign.getId(), campaign.getTitle(),
                sections, rows, RadarChart.of(sections, rows), previous == null ? null : previous.getTitle(), progress),
                content, responses);
    }

    /** Each organisation that answered both campaigns: its sections' scores then and now, matched by title. */
    private static List<Comparison.Progress> progress(List<Comparison.Row> rows, List<String> sections,
            Map<Long, Answer> before, Content then) {
        List<Comparison.Progress> progress = new ArrayList<>();
        for (Comparison.Row row : rows) {
            Answer earlier = before.get(row.actorId());
            if (earlier == null) {
                continue;
            }
            Map<String, Double> scoresThen = new HashMap<>();
            Scores.of(then, earlier.responses()).forEach(s -> scoresThen.put(s.title(), s.percent()));
            List<Comparison.Delta> deltas = new ArrayList<>();
            for (int i = 0; i < sections.size(); i++) {
                deltas.add(Comparison.Delta.of(sections.get(i), scoresThen.get(sections.get(i)), row.scores().get(i)));
            }
            progress.add(new Comparison.Progress(row.organisation(), deltas));
        }
        return progress;
    }

    /** A percentage as the pages and the CSV write it: one decimal, a French comma. */
    static String percent(double value) {
        return String.format(Locale.FRENCH, "%.1f", value);
    }

    /** A response in words, null when unanswered. */
    static String words(Content.Question question, List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return switch (question.kind()) {
            case SCALE -> {
                int point = Integer.parseInt(values.get(0));
                yield point + " — " + question.options().get(point - 1).label();
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> values.stream()
                    .map(v -> question.options().get(Integer.parseInt(v)).label()).collect(Collectors.joining(" ; "));
            case NUMBER, TEXT -> values.get(0);
        };
    }
}

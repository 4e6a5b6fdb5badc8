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
 * those who run the project. The comparison reads the scores kept with the campaign's answers and the campaign
 * before's, and the organisations' names, in a fixed number of queries however many organisations answered; only the
 * CSV reads the responses.
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
        Content content = contentOf(standing, campaign);
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
        ProjectStanding standing = service.running(slug, caller);
        Campaign campaign = diagnoses.campaign(standing.project(), campaignId);
        return compared(standing, campaign, contentOf(standing, campaign));
    }

    /** The comparison as CSV: one row per organisation, its section scores then its responses in words. */
    @Transactional
    public String csv(String slug, long campaignId, Caller caller) {
        ProjectStanding standing = service.running(slug, caller);
        Campaign campaign = diagnoses.campaign(standing.project(), campaignId);
        Content content = contentOf(standing, campaign);
        Comparison comparison = compared(standing, campaign, content);
        List<Content.Question> questions = content.questions();
        Map<Long, Map<String, List<String>>> responses = diagnoses.submitted(List.of(campaign.getId())).stream()
                .collect(Collectors.toMap(Answer::getActorId, Answer::responses));
        String[] header = Stream.concat(Stream.concat(Stream.of(Messages.get("diagnosis.csv.organisation")),
                comparison.sections().stream().map(s -> Messages.format("diagnosis.csv.section", s))),
                questions.stream().map(q -> q.key() + " " + q.text())).toArray(String[]::new);
        List<List<Object>> rows = new ArrayList<>();
        for (Comparison.Row row : comparison.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.organisation());
            row.scores().forEach(s -> cells.add(s == null ? "" : percent(s)));
            Map<String, List<String>> answered = responses.getOrDefault(row.actorId(), Map.of());
            questions.forEach(q -> cells.add(Optional.ofNullable(words(q, answered.get(q.key()))).orElse("")));
            rows.add(cells);
        }
        return CsvSheet.write(header, rows);
    }

    /** A submitted answer's section percents, in its questionnaire's order. */
    private record Scored(long campaignId, long actorId, List<Double> percents) {
    }

    private Content contentOf(ProjectStanding standing, Campaign campaign) {
        return diagnoses.questionnaire(standing.project(), campaign.getQuestionnaireId()).content();
    }

    /** @param content what the campaign's questionnaire asks, read once by the caller */
    private Comparison compared(ProjectStanding standing, Campaign campaign, Content content) {
        List<Campaign> campaigns = diagnoses.campaigns(standing.project());
        int index = campaigns.indexOf(campaign);
        Campaign previous = index > 0 ? campaigns.get(index - 1) : null;
        Map<Long, Content> contents = new HashMap<>();
        contents.put(campaign.getId(), content);
        if (previous != null) {
            contents.put(previous.getId(), contentOf(standing, previous));
        }
        List<Scored> scored = scored(contents);
        Map<Long, String> names = diagnoses.names(scored.stream().map(Scored::actorId).distinct().toList());
        List<String> sections = titles(contents.get(campaign.getId()));
        List<Comparison.Row> rows = new ArrayList<>();
        for (Scored answer : scored) {
            if (answer.campaignId() == campaign.getId()) {
                rows.add(new Comparison.Row(answer.actorId(),
                        names.getOrDefault(answer.actorId(), "n° " + answer.actorId()), answer.percents()));
            }
        }
        Collator french = Collator.getInstance(Locale.FRENCH);
        rows.sort(Comparator.comparing(Comparison.Row::organisation, french));
        List<Comparison.Progress> progress = previous == null ? List.of()
                : progress(rows, sections, titles(contents.get(previous.getId())), scored.stream()
                        .filter(a -> a.campaignId() == previous.getId())
                        .collect(Collectors.toMap(Scored::actorId, Scored::percents)));
        return new Comparison(standing.project().getTitle(), campaign.getId(), campaign.getTitle(), sections, rows,
                RadarChart.of(sections, rows), previous == null ? null : previous.getTitle(), progress);
    }

    /**
     * The submitted answers to those campaigns (each with its questionnaire's content) with their scores as kept at
     * their save; the few saved before scores were kept are scored from their responses.
     */
    private List<Scored> scored(Map<Long, Content> contents) {
        List<Scored> scored = new ArrayList<>();
        List<Long> unkept = new ArrayList<>();
        for (DiagnosisRepository.KeptScores kept : diagnoses.keptScores(contents.keySet())) {
            if (kept.sectionScores() == null) {
                unkept.add(kept.id());
            } else {
                scored.add(new Scored(kept.campaignId(), kept.actorId(), DiagnosisJson.percents(kept.sectionScores())));
            }
        }
        for (Answer answer : diagnoses.answersById(unkept)) {
            scored.add(new Scored(answer.getCampaignId(), answer.getActorId(),
                    Scores.of(contents.get(answer.getCampaignId()), answer.responses()).stream()
                            .map(Scores.SectionScore::percent).toList()));
        }
        return scored;
    }

    private static List<String> titles(Content content) {
        return content.sections().stream().map(Content.Section::title).toList();
    }

    /** Each organisation that answered both campaigns: its sections' scores then and now, matched by title. */
    private static List<Comparison.Progress> progress(List<Comparison.Row> rows, List<String> sections,
            List<String> sectionsThen, Map<Long, List<Double>> before) {
        List<Comparison.Progress> progress = new ArrayList<>();
        for (Comparison.Row row : rows) {
            List<Double> earlier = before.get(row.actorId());
            if (earlier == null) {
                continue;
            }
            Map<String, Double> scoresThen = new HashMap<>();
            for (int i = 0; i < sectionsThen.size(); i++) {
                scoresThen.put(sectionsThen.get(i), earlier.get(i));
            }
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

package fr.bocage.network.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An answer's scores by section, in percent. Each scored question gives a fraction of its best: a scale's point v
 * gives (v − 1) / 4; a single choice its score over the best choice's; a multiple choice the sum of the chosen scores
 * over the sum of the positive ones, kept between 0 and 1. A section's score is the mean of its answered scored
 * questions' fractions weighted by their weights: an unanswered question leaves the denominator, and is counted as
 * unanswered. Numbers and free text are not scored.
 */
public final class Scores {
    private Scores() {
    }

    /**
     * One section's result.
     *
     * @param percent    from 0 to 100; null when none of its scored questions was answered
     * @param answered   its questions answered, scored or not
     * @param unanswered its questions without a response
     */
    public record SectionScore(String title, Double percent, int answered, int unanswered) {
    }

    /** @param responses each question's values by key, as {@link Responses} kept them (valid, none empty) */
    public static List<SectionScore> of(Content content, Map<String, List<String>> responses) {
        List<SectionScore> scores = new ArrayList<>();
        for (Content.Section section : content.sections()) {
            double weighted = 0;
            double weights = 0;
            int answered = 0;
            for (Content.Question question : section.questions()) {
                List<String> values = responses.getOrDefault(question.key(), List.of());
                if (values.isEmpty()) {
                    continue;
                }
                answered++;
                if (question.scored()) {
                    weighted += question.weight() * fraction(question, values);
                    weights += question.weight();
                }
            }
            scores.add(new SectionScore(section.title(), weights == 0 ? null : 100 * weighted / weights, answered,
                    section.questions().size() - answered));
        }
        return scores;
    }

    /** The share of its best that a scored question's response reaches, from 0 to 1. */
    static double fraction(Content.Question question, List<String> values) {
        return switch (question.kind()) {
            case SCALE -> (Integer.parseInt(values.get(0)) - 1) / (double) (QuestionKind.SCALE_POINTS - 1);
            case SINGLE_CHOICE -> {
                int best = question.options().stream().mapToInt(Content.Option::score).max().orElse(1);
                yield Math.max(0, question.options().get(Integer.parseInt(values.get(0))).score()) / (double) best;
            }
            case MULTIPLE_CHOICE -> {
                int positive = question.options().stream().mapToInt(Content.Option::score).filter(s -> s > 0).sum();
                int chosen = values.stream().mapToInt(v -> question.options().get(Integer.parseInt(v)).score()).sum();
                yield Math.min(1, Math.max(0, chosen / (double) positive));
            }
            case NUMBER, TEXT -> throw new IllegalArgumentException("not scored: " + question.kind());
        };
    }
}

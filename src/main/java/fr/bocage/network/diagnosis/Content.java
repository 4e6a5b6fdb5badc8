package fr.bocage.network.diagnosis;

import java.util.List;
import java.util.Optional;

/**
 * What one version of a questionnaire asks: its sections in order, each with its questions in order. A question's
 * key names it within the version, for the answers' responses.
 */
public record Content(List<Section> sections) {
    public static final Content EMPTY = new Content(List.of());

    public Content {
        sections = List.copyOf(sections);
    }

    public record Section(String title, List<Question> questions) {
        public Section {
            questions = List.copyOf(questions);
        }
    }

    /**
     * One question.
     *
     * @param options the labels of a scale's points (scores 1 to 5), or the choices with their scores; empty otherwise
     * @param weight  its weight in its section's score, 1 unless said
     */
    public record Question(String key, QuestionKind kind, String text, double weight, List<Option> options) {
        public Question {
            options = List.copyOf(options);
        }

        /** Whether its response counts in the section's score: scales, and choices of which one scores above 0. */
        public boolean scored() {
            return kind == QuestionKind.SCALE || kind.hasChoices() && options.stream().anyMatch(o -> o.score() > 0);
        }
    }

    public record Option(String label, int score) {
    }

    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String key) {
        return questions().stream().filter(q -> q.key().equals(key)).findFirst();
    }
}

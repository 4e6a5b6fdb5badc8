package fr.bocage.network.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.platform.error.InvalidInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scores by section on a known questionnaire: weights, unanswered questions, scale bounds, choices' scores. */
class ScoresTest {
    private static final List<Content.Option> SCALE = List.of(new Content.Option("Pas du tout", 1),
            new Content.Option("Peu", 2), new Content.Option("En partie", 3), new Content.Option("Largement", 4),
            new Content.Option("Tout à fait", 5));

    private static Content.Question q(String key, QuestionKind kind, double weight, Content.Option... options) {
        return new Content.Question(key, kind, "Question " + key, weight,
                kind == QuestionKind.SCALE ? SCALE : List.of(options));
    }

    private static Content.Option o(String label, int score) {
        return new Content.Option(label, score);
    }

    static final Content KNOWN = new Content(List.of(
            new Content.Section("Gouvernance", List.of(
                    q("q1", QuestionKind.SCALE, 2),
                    q("q2", QuestionKind.SCALE, 1),
                    q("q3", QuestionKind.SINGLE_CHOICE, 1, o("Non", 0), o("En partie", 1), o("Oui", 2)),
                    q("q4", QuestionKind.TEXT, 1),
                    q("q5", QuestionKind.SCALE, 3))),
            new Content.Section("Bénéficiaires", List.of(
                    q("q6", QuestionKind.MULTIPLE_CHOICE, 2, o("Habitants", 2), o("Élus", 1), o("Usagers", 3),
                            o("Personne", -1)),
                    q("q7", QuestionKind.MULTIPLE_CHOICE, 1, o("Écoles", 1), o("Associations", 1),
                            o("Aucun", -1)),
                    q("q8", QuestionKind.NUMBER, 1))),
            new Content.Section("Moyens", List.of(q("q9", QuestionKind.NUMBER, 1)))));

    @Test
    void sectionsAreWeightedMeansOfTheirAnsweredScoredQuestions() {
        List<Scores.SectionScore> scores = Scores.of(KNOWN, Map.of(
                "q1", List.of("5"), "q2", List.of("1"), "q3", List.of("1"), "q4", List.of("Un comité de pilotage."),
                "q6", List.of("0", "2"), "q7", List.of("2"), "q8", List.of("12")));

        // (2 × 1 [scale 5] + 1 × 0 [scale 1] + 1 × 0.5 [1 of 2]) / (2 + 1 + 1); q5 unanswered leaves the denominator.
        assertEquals(62.5, scores.get(0).percent(), 1e-9);
        assertEquals(4, scores.get(0).answered());
        assertEquals(1, scores.get(0).unanswered());
        // (2 × (2 + 3) / 6 + 1 × 0 [a negative choice alone stops at 0]) / (2 + 1)
        assertEquals(100.0 * (2 * 5.0 / 6) / 3, scores.get(1).percent(), 1e-9);
        assertEquals(3, scores.get(1).answered());
        // Numbers are not scored: nothing to score.
        assertNull(scores.get(2).percent());
        assertEquals(0, scores.get(2).answered());
        assertEquals(1, scores.get(2).unanswered());
    }

    @Test
    void scaleBoundsGiveNoneAndAll() {
        Content one = new Content(List.of(new Content.Section("S", List.of(q("q1", QuestionKind.SCALE, 1)))));
        assertEquals(0.0, Scores.of(one, Map.of("q1", List.of("1"))).get(0).percent(), 1e-9);
        assertEquals(100.0, Scores.of(one, Map.of("q1", List.of("5"))).get(0).percent(), 1e-9);
        assertEquals(75.0, Scores.of(one, Map.of("q1", List.of("4"))).get(0).percent(), 1e-9);
        assertNull(Scores.of(one, Map.of()).get(0).percent(), "unanswered: no score, not 0 %");
    }

    @Test
    void aMultipleChoiceIsCappedAtAllItsPositiveScores() {
        Content content = new Content(List.of(new Content.Section("S", List.of(q("q1", QuestionKind.MULTIPLE_CHOICE,
                1, o("A", 2), o("B", 2), o("C", 0))))));
        assertEquals(100.0, Scores.of(content, Map.of("q1", List.of("0", "1", "2"))).get(0).percent(), 1e-9);
        assertEquals(50.0, Scores.of(content, Map.of("q1", List.of("1"))).get(0).percent(), 1e-9);
    }

    @Test
    void responsesOutOfTheirQuestionAreRefusedByField() {
        assertEquals(Map.of("q1", List.of("1")), Responses.read(KNOWN, Map.of("q1", List.of(" 1 "))));
        assertEquals(Map.of("q1", List.of("5")), Responses.read(KNOWN, Map.of("q1", List.of("5"), "q2", List.of(""))));
        for (Map<String, List<String>> wrong : List.of(Map.of("q1", List.of("0")), Map.of("q1", List.of("6")),
                Map.of("q3", List.of("3")), Map.of("q3", List.of("0", "1")), Map.of("q6", List.of("1", "1")),
                Map.of("q8", List.of("douze")), Map.of("q4", List.of("x".repeat(5001))),
                Map.of("inconnue", List.of("1")))) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> Responses.read(KNOWN, wrong));
            assertTrue(refused.fields().keySet().iterator().next().startsWith("responses."), refused.fields()::toString);
        }
    }
}

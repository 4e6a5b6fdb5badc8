package fr.bocage.network.diagnosis;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the responses typed for a questionnaire version, from a form or the API alike: each question's key with its
 * values (a scale's point 1 to 5, a choice's number from 0, several for a multiple choice, a number, a text). Blank
 * values are no response; a key of no question, or a value its question cannot take, is refused by its field
 * ({@code responses.q3}).
 */
public final class Responses {
    static final int TEXT_LENGTH = 5000;
    private static final int NUMBER_LENGTH = 30;

    private Responses() {
    }

    public static Map<String, List<String>> read(Content content, Map<String, List<String>> typed) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        Map<String, String> refused = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : typed.entrySet()) {
            List<String> values = e.getValue() == null ? List.of() : e.getValue().stream().filter(Objects::nonNull)
                    .map(String::strip).filter(v -> !v.isEmpty()).toList();
            var question = content.question(String.valueOf(e.getKey()));
            if (question.isEmpty()) {
                refused.put("responses." + e.getKey(), Messages.format("diagnosis.response.unknown", e.getKey()));
            } else if (!values.isEmpty()) {
                String problem = problem(question.get(), values);
                if (problem == null) {
                    kept.put(e.getKey(), values);
                } else {
                    refused.put("responses." + e.getKey(), problem);
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInput(InvalidInput.Reason.INVALID, refused.values().iterator().next(), refused);
        }
        return kept;
    }

    /** What is wrong with the values of one question, in French; null when they are fine. */
    private static String problem(Content.Question question, List<String> values) {
        if (question.kind() != QuestionKind.MULTIPLE_CHOICE && values.size() > 1) {
            return Messages.format("diagnosis.response.one", question.text());
        }
        String value = values.get(0);
        return switch (question.kind()) {
            case SCALE -> index(value, 1, QuestionKind.SCALE_POINTS) ? null
                    : Messages.format("diagnosis.response.scale", question.text());
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                Set<String> seen = new HashSet<>();
                boolean valid = values.stream().allMatch(v -> seen.add(v)
                        && index(v, 0, question.options().size() - 1));
                yield valid ? null : Messages.format("diagnosis.response.choice", question.text());
            }
            case NUMBER -> number(value) ? null : Messages.format("diagnosis.response.number", question.text());
            case TEXT -> value.length() <= TEXT_LENGTH ? null
                    : Messages.format("diagnosis.response.text", question.text(), TEXT_LENGTH);
        };
    }

    private static boolean index(String value, int min, int max) {
        if (!value.matches("\\d{1,3}")) {
            return false;
        }
        int n = Integer.parseInt(value);
        return n >= min && n <= max;
    }

    private static boolean number(String value) {
        if (value.length() > NUMBER_LENGTH) {
            return false;
        }
        try {
            new BigDecimal(value.replace(',', '.'));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

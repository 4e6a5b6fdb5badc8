package fr.bocage.network.diagnosis;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * An organisation's answer as a member saves it: each question's key with its values (a scale's point, a choice's
 * number from 0, several for a multiple choice, a number, a text); {@code version} is the answer's version it was read
 * at (absent for the first save); {@code submit} sends it, for good.
 */
public record AnswerInput(Long version,
        @Size(max = 500, message = "{bocage.diagnosis.responses.size}")
        Map<String, @Size(max = 20, message = "{bocage.diagnosis.responses.size}") List<String>> responses,
        Boolean submit) {
    public AnswerInput {
        responses = responses == null ? Map.of() : responses;
    }

    boolean submitting() {
        return Boolean.TRUE.equals(submit);
    }
}

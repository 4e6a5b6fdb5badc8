package fr.bocage.network.diagnosis;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An organisation's report on one campaign: its scores by section and its responses in words, text answers
 * included. Read by the organisation's members and those who run the project.
 *
 * @param state   draft or submitted
 * @param version the answer's version, to save it again (0 before the first save)
 */
@JsonbPropertyOrder({"campaign", "title", "organisation", "name", "state", "version", "scores", "responses"})
public record Report(long campaign, String title, long organisation, String name, String state, long version,
        List<Scores.SectionScore> scores, List<Shown> responses) {

    /** A question and its response in words; {@code answer} is null when unanswered. */
    public record Shown(String section, String key, String question, String kind, String answer) {
    }
}

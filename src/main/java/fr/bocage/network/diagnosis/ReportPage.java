package fr.bocage.network.diagnosis;

import java.util.List;

/** An organisation's report on a campaign: its scores by section, then its responses, text answers included. */
/** @param state where the answer stands, in words */
public record ReportPage(String slug, String project, String campaign, String campaignLink, Report report,
        String state, List<Score> scores) {

    /** @param percent in words, or null when the section has no scored response */
    public record Score(String section, String percent, int answered, int unanswered) {
    }
}

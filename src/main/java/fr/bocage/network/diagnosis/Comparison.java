package fr.bocage.network.diagnosis;

import java.util.List;

/**
 * The comparison of a campaign's submitted answers, for those who run the project: one row per organisation with its
 * score by section, the radar chart of them, and each organisation's progress since the campaign before, if any.
 *
 * @param project the project's title
 * @param previous the title of the campaign before, or null
 */
public record Comparison(String project, long campaignId, String title, List<String> sections, List<Row> rows, RadarChart radar,
        String previous, List<Progress> progress) {

    /** @param scores in percent by section, null where unscored */
    public record Row(long actorId, String organisation, List<Double> scores) {
    }

    /** An organisation's scores now and in the campaign before, section by section (same titles). */
    public record Progress(String organisation, List<Delta> deltas) {
    }

    /**
     * @param before null when unscored then, or the section is new
     * @param change after less before, in points; null without both
     */
    public record Delta(String section, Double before, Double after, Double change) {
        static Delta of(String section, Double before, Double after) {
            return new Delta(section, before, after, before == null || after == null ? null : after - before);
        }
    }
}

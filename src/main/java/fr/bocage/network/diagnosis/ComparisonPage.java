package fr.bocage.network.diagnosis;

import java.util.List;

/**
 * The comparison across organisations, for those who run the project: the table (organisation × section), the radar
 * chart, for which the table is the text alternative, the progress since the campaign before, and the CSV.
 */
public record ComparisonPage(String slug, String project, String campaignLink, Comparison comparison,
        List<Line> table, List<Line> progress, String csv) {

    /** An organisation's row, each cell in words (empty when unscored). */
    public record Line(String organisation, List<String> cells) {
    }
}

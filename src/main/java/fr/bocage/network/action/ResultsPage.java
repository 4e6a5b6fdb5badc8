package fr.bocage.network.action;

import java.util.List;

/**
 * The page /actions/bilan: the filters as chosen, each indicator's total, and each breakdown as a table with a bar
 * chart per indicator (its table is its text alternative).
 *
 * @param error why the address could not be read, in French; the rest is then empty
 * @param csvUrl the same figures in CSV, with the same filters
 */
public record ResultsPage(List<FilterGroup> filters, List<Results.Total> totals, List<Section> sections,
        String csvUrl, String error) {

    /** One filter's choices: the search's facet dimension, its label key, and its values. */
    public record FilterGroup(String parameter, String labelKey, List<Choice> choices) {
    }

    public record Choice(String value, String label, boolean selected) {
    }

    /** A breakdown: its table's columns (the indicators that have figures), rows, and one chart per column. */
    public record Section(String dimension, String label, List<Results.Total> columns, List<TableRow> rows,
            List<Chart> charts) {
    }

    /** A row of a table, its figures in the columns' order ("" where none), written as French readers do. */
    public record TableRow(String label, List<String> figures) {
    }

    /** An SVG drawn and escaped by {@link BarChart}, printed as it is. */
    public record Chart(String id, String title, String svg) {
    }
}

package fr.bocage.network.action;

import java.util.List;

/**
 * Which published actions the results count, with the search's filter parameters: territory, theme, scheme and
 * progress (codes; any of the values given, as the search's facets), and year, the year of the values.
 */
public record ResultsFilter(List<String> territories, List<String> themes, List<String> schemes,
        List<String> progress, List<Integer> years) {

    public static final ResultsFilter NONE = new ResultsFilter(List.of(), List.of(), List.of(), List.of(), List.of());

    public ResultsFilter {
        territories = List.copyOf(territories);
        themes = List.copyOf(themes);
        schemes = List.copyOf(schemes);
        progress = List.copyOf(progress);
        years = List.copyOf(years);
    }

    public boolean isEmpty() {
        return territories.isEmpty() && themes.isEmpty() && schemes.isEmpty() && progress.isEmpty() && years.isEmpty();
    }
}

package fr.bocage.search;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results. {@code facets} holds every {@link FacetDimension} in display order, keyed by its parameter,
 * each with at most {@value SearchService#MAX_FACET_VALUES} values. Codes only: the caller adds labels.
 *
 * @param suggestion a spelling correction of the query that finds more, or null
 * @param corrected  true when the query found nothing and these are the results of {@code suggestion} instead
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets,
                           String suggestion, boolean corrected) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    /** Results of the query as typed. */
    public SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets) {
        this(total, page, size, hits, facets, null, false);
    }

    SearchResult suggesting(String correction) {
        return new SearchResult(total, page, size, hits, facets, correction, false);
    }

    SearchResult correcting(String correction) {
        return new SearchResult(total, page, size, hits, facets, correction, true);
    }

    /** @param snippet HTML-safe: the text is escaped and only {@code <mark>} tags are added */
    @JsonbPropertyOrder({"id", "title", "type", "year", "territory", "themes", "snippet", "score"})
    public record Hit(long id, String title, String type, Integer year, String territory, List<String> themes,
                      String snippet, float score) {
    }

    public record FacetValue(String value, long count) {
    }
}

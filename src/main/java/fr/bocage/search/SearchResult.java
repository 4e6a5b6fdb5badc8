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
 * @param relaxation null, or how the words were relaxed when too few documents held them all
 * @param expansions the thesaurus's concepts that widened the query, in the query's order
 */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets,
                           String suggestion, boolean corrected, Relaxation relaxation,
                           List<Thesaurus.Expansion> expansions) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
        expansions = List.copyOf(expansions);
    }

    /** Results of the query as typed. */
    public SearchResult(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets) {
        this(total, page, size, hits, facets, null, false, null, List.of());
    }

    SearchResult suggesting(String correction) {
        return new SearchResult(total, page, size, hits, facets, correction, false, relaxation, expansions);
    }

    SearchResult correcting(String correction) {
        return new SearchResult(total, page, size, hits, facets, correction, true, relaxation, expansions);
    }

    SearchResult relaxing(Relaxation how) {
        return new SearchResult(total, page, size, hits, facets, suggestion, corrected, how, expansions);
    }

    SearchResult expanding(List<Thesaurus.Expansion> how) {
        return new SearchResult(total, page, size, hits, facets, suggestion, corrected, relaxation, how);
    }

    /**
     * Results that need not hold every word: those holding them all come first.
     *
     * @param fullMatches how many documents hold every word
     * @param missing     the words some hit of this page lacks, in the query's order
     */
    @JsonbPropertyOrder({"fullMatches", "missing"})
    public record Relaxation(long fullMatches, List<String> missing) {
        public Relaxation {
            missing = List.copyOf(missing);
        }
    }

    /**
     * @param snippet HTML-safe: the text is escaped and only {@code <mark>} tags are added
     * @param missing the query's words this hit lacks: none unless the search was relaxed
     */
    @JsonbPropertyOrder({"id", "title", "type", "year", "territory", "themes", "snippet", "score", "missing"})
    public record Hit(long id, String title, String type, Integer year, String territory, List<String> themes,
                      String snippet, float score, List<String> missing) {
        public Hit {
            missing = List.copyOf(missing);
        }

        /** A hit holding every word. */
        public Hit(long id, String title, String type, Integer year, String territory, List<String> themes,
                   String snippet, float score) {
            this(id, title, type, year, territory, themes, snippet, score, List.of());
        }

        Hit lacking(List<String> words) {
            return new Hit(id, title, type, year, territory, themes, snippet, score, words);
        }
    }

    public record FacetValue(String value, long count) {
    }
}

package fr.bocage.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A search as the user asked it, normalised: a null or blank query means everything, {@code page} is raised to 1,
 * {@code size} is clamped to 1..{@value #MAX_SIZE}, blank and duplicate filter values are dropped.
 * <p>
 * A filter on an unknown dimension is rejected with {@link IllegalArgumentException} rather than ignored: silently
 * dropping it would show the user more than they asked for. The web layer should answer 400.
 *
 * @param filters facet parameter ({@link FacetDimension#parameter()}) to the selected values
 * @param exact   the words as typed, even when they find nothing: no spelling correction
 * @param includeNational with a territory filter, the resources of territory {@value #NATIONAL} too: they apply
 *                        everywhere, so a region's practitioner needs them as well
 * @param circles the circles the viewer is inside ({@code fr.bocage.platform.security.Circles#of}), whose
 *                members-only resources it finds besides the public ones; none unless given ({@link #withCircles}),
 *                so that a search built without a viewer (a feed, a digest, an export) never shows them
 * @param lastWordPrefix the query is still being typed (no space after its last word): the last word also matches
 *                       as a prefix ({@link UserQueryParser#parse(String, boolean)})
 */
public record SearchRequest(String query, Map<String, List<String>> filters, Sort sort, int page, int size,
                            boolean includeUnpublished, boolean exact, boolean includeNational, Set<String> circles,
                            boolean lastWordPrefix) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final String NATIONAL = "national";

    public enum Sort { RELEVANCE, DATE }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = normalise(filters);
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.max(1, page);
        size = Math.max(1, Math.min(MAX_SIZE, size));
        circles = circles == null ? Set.of() : Set.copyOf(circles);
    }

    /** A query typed in full. */
    public SearchRequest(String query, Map<String, List<String>> filters, Sort sort, int page, int size,
                         boolean includeUnpublished, boolean exact, boolean includeNational, Set<String> circles) {
        this(query, filters, sort, page, size, includeUnpublished, exact, includeNational, circles, false);
    }

    /** Public resources only. */
    public SearchRequest(String query, Map<String, List<String>> filters, Sort sort, int page, int size,
                         boolean includeUnpublished, boolean exact, boolean includeNational) {
        this(query, filters, sort, page, size, includeUnpublished, exact, includeNational, Set.of());
    }

    /** The same search for a viewer inside these circles. */
    public SearchRequest withCircles(Set<String> viewerCircles) {
        return new SearchRequest(query, filters, sort, page, size, includeUnpublished, exact, includeNational,
                viewerCircles, lastWordPrefix);
    }

    /** The same search, its last word being typed or not. */
    public SearchRequest withLastWordPrefix(boolean typing) {
        return new SearchRequest(query, filters, sort, page, size, includeUnpublished, exact, includeNational,
                circles, typing);
    }

    /** A search open to spelling correction, national resources included. */
    public SearchRequest(String query, Map<String, List<String>> filters, Sort sort, int page, int size,
                         boolean includeUnpublished) {
        this(query, filters, sort, page, size, includeUnpublished, false);
    }

    /** National resources included. */
    public SearchRequest(String query, Map<String, List<String>> filters, Sort sort, int page, int size,
                         boolean includeUnpublished, boolean exact) {
        this(query, filters, sort, page, size, includeUnpublished, exact, true);
    }

    /** The same search for other words. */
    public SearchRequest withQuery(String other) {
        return new SearchRequest(other, filters, sort, page, size, includeUnpublished, exact, includeNational, circles,
                lastWordPrefix);
    }

    /**
     * The filters the index applies: those asked, with {@value #NATIONAL} added to a territory filter when national
     * resources are included.
     */
    public Map<String, List<String>> appliedFilters() {
        String territory = FacetDimension.TERRITORY.parameter();
        List<String> territories = filters.get(territory);
        if (!includeNational || territories == null || territories.contains(NATIONAL)) {
            return filters;
        }
        Map<String, List<String>> applied = new LinkedHashMap<>(filters);
        applied.put(territory, Stream.concat(territories.stream(), Stream.of(NATIONAL)).toList());
        return Collections.unmodifiableMap(applied);
    }

    /** The same search within one value of a dimension, whatever it asked there: a catalogue's type. */
    public SearchRequest within(String dimension, String value) {
        Map<String, List<String>> restricted = new LinkedHashMap<>(filters);
        restricted.put(dimension, List.of(value));
        return new SearchRequest(query, restricted, sort, page, size, includeUnpublished, exact, includeNational,
                circles, lastWordPrefix);
    }

    /** The first page of published results for a query, by relevance. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), Sort.RELEVANCE, 1, DEFAULT_SIZE, false);
    }

    private static Map<String, List<String>> normalise(Map<String, List<String>> filters) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((dimension, values) -> {
                if (FacetDimension.fromParameter(dimension).isEmpty()) {
                    throw new IllegalArgumentException("Unknown filter: " + dimension);
                }
                List<String> kept = values == null ? List.of()
                        : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
                if (!kept.isEmpty()) {
                    result.put(dimension, kept);
                }
            });
        }
        return Collections.unmodifiableMap(result);
    }
}

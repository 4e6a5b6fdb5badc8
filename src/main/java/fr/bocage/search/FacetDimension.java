package fr.bocage.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The facets offered by the search, in display order. {@link #parameter()} is at once the request parameter, the
 * facet dimension and the name of the exact-match filter field.
 */
public enum FacetDimension {
    TYPE("type", false, r -> single(r.type())),
    THEME("theme", true, IndexedResource::themes),
    TERRITORY("territory", false, r -> single(r.territory())),
    AUDIENCE("audience", true, IndexedResource::audiences),
    YEAR("year", false, r -> r.year() == null ? List.of() : List.of(r.year().toString())),
    LANGUAGE("language", false, r -> single(r.language())),
    FORMAT("format", false, r -> single(r.format())),
    LEVEL("level", false, r -> single(r.level())),
    /** A course's modality: {@code format} is taken by the file format. */
    MODALITY("modality", false, r -> single(r.modality())),
    // Actions (fr.bocage.network.action): where an action stands, and its scheme.
    PROGRESS("progress", false, r -> single(r.featureFacet("progress"))),
    SCHEME("scheme", false, r -> single(r.featureFacet("scheme"))),
    // The network's actors (issue 13): their kind and their « Engagés pour la nature » scheme.
    ACTOR_KIND("actorKind", false, r -> single(r.featureFacet("actorKind"))),
    ENGAGEMENT("engagement", false, r -> single(r.featureFacet("engagement"))),
    // News (issue 14 #4): the network a news item belongs to, by its slug.
    NETWORK("network", false, r -> single(r.featureFacet("network"))),
    // The network's events (issue 14, « Agenda »): their kind and how one attends.
    EVENT_KIND("eventKind", false, r -> single(r.featureFacet("eventKind"))),
    EVENT_FORMAT("eventFormat", false, r -> single(r.featureFacet("eventFormat")));

    private static final Comparator<SearchResult.FacetValue> BY_COUNT =
            Comparator.comparingLong(SearchResult.FacetValue::count).reversed()
                    .thenComparing(SearchResult.FacetValue::value);
    // Users scan years as a timeline, newest first, whatever their counts.
    private static final Comparator<SearchResult.FacetValue> BY_VALUE_DESCENDING =
            Comparator.comparing(SearchResult.FacetValue::value).reversed();

    private final String parameter;
    private final boolean multiValued;
    private final Function<IndexedResource, List<String>> extractor;

    FacetDimension(String parameter, boolean multiValued, Function<IndexedResource, List<String>> extractor) {
        this.parameter = parameter;
        this.multiValued = multiValued;
        this.extractor = extractor;
    }

    public String parameter() {
        return parameter;
    }

    public boolean multiValued() {
        return multiValued;
    }

    public static Optional<FacetDimension> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(parameter)).findFirst();
    }

    /** The non-blank values of this dimension for a resource. */
    List<String> valuesOf(IndexedResource resource) {
        return extractor.apply(resource).stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
    }

    /** Year: by value, newest first; the others: by count descending, then by value. */
    Comparator<SearchResult.FacetValue> order() {
        return this == YEAR ? BY_VALUE_DESCENDING : BY_COUNT;
    }

    private static List<String> single(String value) {
        return value == null ? List.of() : List.of(value);
    }
}

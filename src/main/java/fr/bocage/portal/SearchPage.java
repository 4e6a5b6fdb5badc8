package fr.bocage.portal;

import fr.bocage.platform.Messages;
import fr.bocage.platform.web.Routes;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.search.SearchRequest;
import fr.bocage.search.SearchResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the search page shows: hits with labels, facets as checkbox groups, active filters and pages. */
public final class SearchPage {
    /**
     * The general search: a course's level and modality are the training catalogue's facets, an actor's kind and
     * engagement the actors' directory's, an action's progress and scheme the actions directory's, a news
     * item's network the news list's.
     */
    private static final List<FacetDimension> GENERAL = Arrays.stream(FacetDimension.values())
            .filter(d -> d != FacetDimension.LEVEL && d != FacetDimension.MODALITY
                    && d != FacetDimension.ACTOR_KIND && d != FacetDimension.ENGAGEMENT
                    && d != FacetDimension.PROGRESS && d != FacetDimension.SCHEME
                    && d != FacetDimension.NETWORK).toList();

    private final SearchRequest request;
    private final SearchResult result;
    private final List<HitView> hits;
    private final List<FacetGroup> facets = new ArrayList<>();
    private final List<ActiveFilter> activeFilters = new ArrayList<>();
    private final SearchUrl url;
    private final Pagination pagination;

    SearchPage(SearchRequest request, SearchResult result, FacetVocabulary vocabulary) {
        this(Routes.SEARCH, GENERAL, request, result, vocabulary);
    }

    private SearchPage(String path, List<FacetDimension> shown, SearchRequest request, SearchResult result,
            FacetVocabulary vocabulary) {
        this.request = request;
        this.result = result;
        this.url = new SearchUrl(path, request);
        this.hits = result.hits().stream().map(hit -> new HitView(hit, vocabulary, url.current())).toList();
        this.pagination = new Pagination(url, result.total(), request.page(), request.size());
        shown.stream().map(FacetDimension::parameter).forEach(dimension -> {
            List<SearchResult.FacetValue> values = result.facets().getOrDefault(dimension, List.of());
            List<String> selected = request.filters().getOrDefault(dimension, List.of());
            List<FacetOption> options = new ArrayList<>();
            values.forEach(v -> options.add(new FacetOption(v.value(), vocabulary.label(dimension, v.value()),
                    v.count(), selected.contains(v.value()))));
            // A selected value nothing matches any more stays listed, so that it can be unticked.
            selected.stream().filter(s -> values.stream().noneMatch(v -> v.value().equals(s)))
                    .forEach(s -> options.add(new FacetOption(s, vocabulary.label(dimension, s), 0, true)));
            if (!options.isEmpty()) {
                facets.add(new FacetGroup(dimension, options));
            }
        });
        // Every filter asked is shown and can be removed, even of a dimension that has no group here.
        request.filters().forEach((dimension, selected) -> selected.forEach(s -> activeFilters.add(
                new ActiveFilter(dimension, vocabulary.label(dimension, s), url.without(dimension, s)))));
    }

    /**
     * A catalogue: a search page at {@code path} whose links keep the filters of {@code request} (the visitor's, not
     * what the catalogue adds), with the groups of {@code shown} only, in that order.
     */
    public static SearchPage catalogue(String path, List<FacetDimension> shown, SearchRequest request,
            SearchResult result, FacetVocabulary vocabulary) {
        return new SearchPage(path, shown, request, result, vocabulary);
    }

    /** The Atom feed of this search: its newest publications. */
    public String getFeedUrl() {
        return url.unpaged(Routes.SEARCH_FEED);
    }

    /** The address of the form saving this search ({@code /compte/alertes/nouvelle?recherche=…}). */
    public String getSaveUrl() {
        String parameters = url.unpaged("");
        return Routes.NEW_SAVED_SEARCH + (parameters.isEmpty() ? ""
                : "?recherche=" + java.net.URLEncoder.encode(parameters.substring(1),
                        java.nio.charset.StandardCharsets.UTF_8));
    }

    public String getQuery() {
        return request.query();
    }

    public String getSort() {
        return request.sort().name().toLowerCase(Locale.ROOT);
    }

    public int getSize() {
        return request.size();
    }

    public boolean isDefaultSize() {
        return request.size() == SearchRequest.DEFAULT_SIZE;
    }

    public int getPage() {
        return request.page();
    }

    public long getTotal() {
        return result.total();
    }

    public List<HitView> getHits() {
        return hits;
    }

    public List<FacetGroup> getFacets() {
        return facets;
    }

    public List<ActiveFilter> getActiveFilters() {
        return activeFilters;
    }

    /** With a territory filter, national resources are shown too (the default). */
    public boolean isIncludeNational() {
        return request.includeNational();
    }

    public String getClearUrl() {
        return url.withoutFilters();
    }

    /** A spelling correction of the query, or null; when {@link #isCorrected()}, the hits are its results. */
    public String getSuggestion() {
        return result.suggestion();
    }

    public boolean isCorrected() {
        return result.corrected();
    }

    public String getSuggestionUrl() {
        return result.suggestion() == null ? null : url.forQuery(result.suggestion(), false);
    }

    /** The query as typed, without correction. */
    public String getExactUrl() {
        return url.forQuery(request.query(), true);
    }

    /** True when too few documents hold every word and the hits need not: they hold the most of them. */
    public boolean isRelaxed() {
        return result.relaxation() != null;
    }

    /** How many documents hold every word, when {@link #isRelaxed()}. */
    public long getFullMatches() {
        return result.relaxation() == null ? 0 : result.relaxation().fullMatches();
    }

    /** The words some hits of this page lack, when {@link #isRelaxed()}. */
    public List<String> getMissingWords() {
        return result.relaxation() == null ? List.of() : result.relaxation().missing();
    }

    /** Each concept of the thesaurus that widened the query, as a line: its labels added, for the words typed. */
    public List<String> getExpansions() {
        return result.expansions().stream().map(e -> Messages.format("search.expanded.item",
                String.join(", ", e.added()), e.matched())).toList();
    }

    /** The words the hits are for: the correction's when the query was corrected. */
    public String getResultsQuery() {
        return result.corrected() ? result.suggestion() : request.query();
    }

    public Pagination getPagination() {
        return pagination;
    }
}

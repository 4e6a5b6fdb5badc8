package fr.bocage.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Searches the index: one pass computes the hits of a page and drill-sideways counts for every facet.
 * <p>
 * Filters: values of one dimension combine with OR, dimensions with AND. Each dimension's counts ignore its own
 * selection (drill sideways), so selecting type=guide still shows how many of the other types there are. Facet values
 * are ordered as {@link FacetDimension} says, at most {@value #MAX_FACET_VALUES} per dimension. Unpublished resources
 * are left out of hits and counts unless the request includes them.
 * <p>
 * Members-only resources are found only by a request carrying the viewer's circles ({@link CircleFilter}).
 * Corrections are words of public published resources only, whoever asks.
 * <p>
 * Results beyond the {@value #MAX_DEPTH}th are not reachable by paging; the total still counts them.
 */
public final class SearchService {

    public static final int MAX_FACET_VALUES = 50;
    public static final int MAX_DEPTH = 10_000;
    /** Below this many results, a query is checked for misspelt words. */
    static final int FEW_RESULTS = 3;

    private static final SortField DATE_DESCENDING = new SortField(ResourceSchema.DATE, SortField.Type.LONG, true);
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, DATE_DESCENDING);
    private static final Sort BY_DATE = new Sort(DATE_DESCENDING,
            new SortField(ResourceSchema.ID, SortField.Type.LONG, true));
    static final Query PUBLISHED = new TermQuery(new Term(ResourceSchema.PUBLISHED, "true"));

    private final ResourceIndex index;
    private final UserQueryParser parser;
    private final Snippets snippets;
    private final SpellingCorrector speller;
    private final QueryRelaxation relaxation;
    private final Supplier<Thesaurus> thesaurus;

    /** A search without thesaurus: words as typed. */
    public SearchService(ResourceIndex index) {
        this(index, () -> Thesaurus.EMPTY);
    }

    /** @param thesaurus the thesaurus in use when a search starts, which may change between searches */
    public SearchService(ResourceIndex index, Supplier<Thesaurus> thesaurus) {
        this.index = index;
        this.thesaurus = thesaurus;
        this.parser = new UserQueryParser(index.analyzer());
        this.snippets = new Snippets(index.analyzer());
        this.speller = new SpellingCorrector(index.analyzer());
        this.relaxation = new QueryRelaxation(parser);
    }

    /**
     * The results of the query as typed. When they are fewer than {@value #FEW_RESULTS}, its misspelt words are
     * corrected one by one: when the correction finds more, it is suggested, and when the query found nothing, the
     * results are the correction's. When still fewer than {@value #FEW_RESULTS} documents hold every word, the words
     * (corrected if the query found nothing) are searched again with fewer of them required ({@link QueryRelaxation}),
     * those holding them all first: never a dead end. {@code exact} asks for the words as typed: neither.
     */
    public SearchResult search(SearchRequest request) throws IOException {
        SearchResult typed = searchAsTyped(request);
        if (request.exact() || request.query().isEmpty() || typed.total() >= FEW_RESULTS) {
            return typed;
        }
        Optional<String> correction;
        try (ResourceIndex.Lease lease = index.acquire()) {
            correction = speller.correct(request.query(), lease.searcher());
        }
        SearchResult best = typed;
        SearchResult fullMatches = typed;
        if (correction.isPresent()) {
            SearchResult corrected = searchAsTyped(request.withQuery(correction.get()));
            if (typed.total() == 0) {
                // Relaxing the corrected words: « mangroce quasimodim » meets the mangroves.
                fullMatches = corrected;
            }
            if (corrected.total() > typed.total()) {
                best = typed.total() == 0 ? corrected.correcting(correction.get()) : typed.suggesting(correction.get());
            }
        }
        if (best.total() >= FEW_RESULTS) {
            return best;
        }
        String words = fullMatches == typed ? request.query() : correction.orElseThrow();
        Optional<SearchResult> relaxed = relaxed(request.withQuery(words), fullMatches.total());
        if (relaxed.isEmpty() || relaxed.get().total() <= best.total()) {
            return best;
        }
        if (fullMatches != typed) {
            return relaxed.get().correcting(correction.orElseThrow());
        }
        return best.suggestion() == null ? relaxed.get() : relaxed.get().suggesting(best.suggestion());
    }

    /**
     * The request's words with all but one of them required, then about half, then one, until
     * {@value #FEW_RESULTS} documents are found; the largest of these results, or empty when the query has no words
     * to relax.
     */
    private Optional<SearchResult> relaxed(SearchRequest request, long fullMatches) throws IOException {
        Optional<QueryRelaxation.Words> words = relaxation.words(request.query(), request.lastWordPrefix());
        if (words.isEmpty()) {
            return Optional.empty();
        }
        SearchResult best = null;
        for (int required : QueryRelaxation.levels(words.get().count())) {
            SearchResult result = search(request, QueryRelaxation.atLeast(words.get(), required), null, words.get(),
                    fullMatches);
            if (best == null || result.total() > best.total()) {
                best = result;
            }
            if (best.total() >= FEW_RESULTS) {
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The results of the query as typed among the given resources only (those published in a period, say), with the
     * same rules as any search: unless the request includes them, unpublished resources are left out whatever the
     * ids. No spelling correction: the words are those a person saved.
     */
    public SearchResult searchAmong(SearchRequest request, Collection<Long> ids) throws IOException {
        if (ids.isEmpty()) {
            return new SearchResult(0, request.page(), request.size(), List.of(), facetValues(null));
        }
        return search(request, parser.parse(request.query()), new TermInSetQuery(ResourceSchema.ID,
                ids.stream().map(id -> new BytesRef(Long.toString(id))).toList()), null, 0);
    }

    /** The query's words, its concepts widened to all their labels unless the words are wanted exactly. */
    private SearchResult searchAsTyped(SearchRequest request) throws IOException {
        Thesaurus widening = request.exact() ? Thesaurus.EMPTY : thesaurus.get();
        Thesaurus.Expanded expanded = widening.expand(UserQueryParser.rewriteOperators(request.query()));
        SearchResult result = search(request, parser.parseRewritten(expanded.text(), request.lastWordPrefix()), null,
                null, 0);
        return expanded.expansions().isEmpty() ? result : result.expanding(expanded.expansions());
    }

    /**
     * @param among       a filter on the resources searched, or null for all of them
     * @param relaxed     the words of a relaxed query, whose hits then say which they lack, or null
     * @param fullMatches with {@code relaxed}, how many documents hold every word
     */
    private SearchResult search(SearchRequest request, Query userQuery, Query among, QueryRelaxation.Words relaxed,
            long fullMatches) throws IOException {
        Query visible = visible(userQuery, request);
        if (among != null) {
            visible = new BooleanQuery.Builder().add(visible, Occur.MUST).add(among, Occur.FILTER).build();
        }
        DrillDownQuery query = new DrillDownQuery(ResourceSchema.facetsConfig(), visible);
        request.appliedFilters().forEach((dimension, values) -> query.add(dimension, anyOf(dimension, values)));

        int depth = (int) Math.min(MAX_DEPTH, (long) request.page() * request.size());
        TopFieldCollectorManager topDocs = new TopFieldCollectorManager(
                request.sort() == SearchRequest.Sort.DATE ? BY_DATE : BY_RELEVANCE, depth, null, Integer.MAX_VALUE);

        try (ResourceIndex.Lease lease = index.acquire()) {
            FacetedSearcher searcher = lease.searcher();
            SortedSetDocValuesReaderState facetState = searcher.facetState();
            TopFieldDocs top;
            Map<String, List<SearchResult.FacetValue>> facets;
            if (facetState == null) {
                top = searcher.search(query, topDocs);
                facets = facetValues(null);
            } else {
                DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result =
                        new DrillSideways(searcher, ResourceSchema.facetsConfig(), facetState).search(query, topDocs);
                top = result.collectorResult;
                facets = facetValues(result.facets);
            }
            ScoreDoc[] page = pageOf(top.scoreDocs, request);
            List<SearchResult.Hit> hits = hits(searcher, query, userQuery, page, request.sort());
            SearchResult result = new SearchResult(top.totalHits.value, request.page(), request.size(), hits, facets);
            return relaxed == null ? result : lacking(result, searcher, relaxed, page, fullMatches);
        }
    }

    /** The relaxed result, each hit with the words it lacks. */
    private static SearchResult lacking(SearchResult result, FacetedSearcher searcher, QueryRelaxation.Words words,
            ScoreDoc[] page, long fullMatches) throws IOException {
        List<List<String>> missing = QueryRelaxation.missing(searcher, words,
                Arrays.stream(page).mapToInt(hit -> hit.doc).toArray());
        List<SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(result.hits().get(i).lacking(missing.get(i)));
        }
        return new SearchResult(result.total(), result.page(), result.size(), hits, result.facets())
                .relaxing(new SearchResult.Relaxation(fullMatches, QueryRelaxation.anyMissing(words, missing)));
    }

    /** Published unless asked otherwise, and in any case public or of the viewer's circles. */
    private static Query visible(Query userQuery, SearchRequest request) {
        Query query = request.includeUnpublished() ? userQuery
                : new BooleanQuery.Builder().add(userQuery, Occur.MUST).add(PUBLISHED, Occur.FILTER).build();
        return CircleFilter.restrict(query, request.circles());
    }

    private static Query anyOf(String dimension, List<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(value -> any.add(new TermQuery(new Term(dimension, value)), Occur.SHOULD));
        return any.build();
    }

    private static ScoreDoc[] pageOf(ScoreDoc[] top, SearchRequest request) {
        int from = (int) Math.min(top.length, (request.page() - 1L) * request.size());
        return Arrays.copyOfRange(top, from, Math.min(top.length, from + request.size()));
    }

    private List<SearchResult.Hit> hits(FacetedSearcher searcher, Query query, Query userQuery, ScoreDoc[] page,
            SearchRequest.Sort sort) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        if (sort == SearchRequest.Sort.RELEVANCE) {
            // The score is the first sort value: no need to score the page again.
            for (ScoreDoc hit : page) {
                hit.score = (Float) ((FieldDoc) hit).fields[0];
            }
        } else {
            TopFieldCollector.populateScores(page, searcher, query);
        }
        StoredFields stored = searcher.storedFields();
        int[] docs = new int[page.length];
        Document[] fields = new Document[page.length];
        String[] contents = new String[page.length];
        String[] summaries = new String[page.length];
        for (int i = 0; i < page.length; i++) {
            docs[i] = page[i].doc;
            // One read per hit: a document's stored fields are decompressed together whichever are asked for.
            fields[i] = stored.document(docs[i]);
            contents[i] = valueOrEmpty(fields[i].get(ResourceSchema.CONTENT));
            summaries[i] = valueOrEmpty(fields[i].get(ResourceSchema.SUMMARY));
        }
        String[] texts = snippets.of(searcher, userQuery, docs, contents, summaries);
        List<SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(fields[i], texts[i], page[i].score));
        }
        return hits;
    }

    /** The fields {@link #hit} reads, for a caller that loads no others. */
    static final Set<String> HIT_FIELDS = Set.of(ResourceSchema.ID, ResourceSchema.TITLE,
            FacetDimension.TYPE.parameter(), FacetDimension.YEAR.parameter(), FacetDimension.TERRITORY.parameter(),
            FacetDimension.THEME.parameter());

    /** A hit of a document's stored fields. */
    static SearchResult.Hit hit(Document doc, String snippet, float score) {
        String year = doc.get(FacetDimension.YEAR.parameter());
        return new SearchResult.Hit(
                doc.getField(ResourceSchema.ID).numericValue().longValue(),
                doc.get(ResourceSchema.TITLE),
                doc.get(FacetDimension.TYPE.parameter()),
                year == null ? null : Integer.valueOf(year),
                doc.get(FacetDimension.TERRITORY.parameter()),
                List.of(doc.getValues(FacetDimension.THEME.parameter())),
                snippet,
                score);
    }

    private static Map<String, List<SearchResult.FacetValue>> facetValues(Facets facets) throws IOException {
        Map<String, List<SearchResult.FacetValue>> values = new LinkedHashMap<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            FacetResult result = facets == null ? null : facets.getAllChildren(dimension.parameter());
            values.put(dimension.parameter(), result == null ? List.of() : Arrays.stream(result.labelValues)
                    .filter(label -> label.value.longValue() > 0)
                    .map(label -> new SearchResult.FacetValue(label.label, label.value.longValue()))
                    .sorted(dimension.order())
                    .limit(MAX_FACET_VALUES)
                    .toList());
        }
        return values;
    }

    private static String valueOrEmpty(String value) {
        return value == null ? "" : value;
    }
}

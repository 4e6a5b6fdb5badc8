package fr.bocage.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Published resources like a given one: the distinctive words of its title and content ({@link MoreLikeThis}),
 * with a fixed bonus for each theme and for the territory it shares, so that among texts alike those of the same
 * field and place come first.
 */
public final class SimilarResources {

    public static final int MAX = 5;
    /** About the score of a good text match, so that a shared theme lifts a result without outweighing the text. */
    private static final float SHARED_VALUE_BONUS = 1f;
    /** Resource pages viewed between two changes of the index: a few kilobytes each. */
    private static final int CACHED = 4_000;

    private final ResourceIndex index;
    /** Re-analysing a text for its distinctive words is most of a resource page's cost; it changes only with the index. */
    private final SearcherScopedCache<Key, List<SearchResult.Hit>> cache = new SearcherScopedCache<>(CACHED);

    private record Key(long id, Set<String> circles) {
    }

    public SimilarResources(ResourceIndex index) {
        this.index = index;
    }

    /**
     * At most {@value #MAX}, best first, never the resource itself; none when it is not in the index. Shown as search
     * hits, without snippet.
     */
    public List<SearchResult.Hit> of(long id) throws IOException {
        return of(id, Set.of());
    }

    /** As above, members-only resources of {@code circles} included. */
    public List<SearchResult.Hit> of(long id, Set<String> circles) throws IOException {
        try (ResourceIndex.Lease lease = index.acquire()) {
            FacetedSearcher searcher = lease.searcher();
            return cache.get(searcher.getIndexReader(), new Key(id, Set.copyOf(circles)),
                    () -> of(searcher, id, circles));
        }
    }

    private List<SearchResult.Hit> of(FacetedSearcher searcher, long id, Set<String> circles) throws IOException {
        TopDocs self = searcher.search(new TermQuery(ResourceSchema.idTerm(id)), 1);
        if (self.scoreDocs.length == 0) {
            return List.of();
        }
        int doc = self.scoreDocs[0].doc;
        StoredFields stored = searcher.storedFields();
        Query query = CircleFilter.restrict(new BooleanQuery.Builder()
                .add(alike(searcher, doc, stored.document(doc)), Occur.MUST)
                .add(SearchService.PUBLISHED, Occur.FILTER)
                .add(new TermQuery(ResourceSchema.idTerm(id)), Occur.MUST_NOT)
                .build(), circles);
        List<SearchResult.Hit> similar = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, MAX).scoreDocs) {
            similar.add(SearchService.hit(stored.document(hit.doc, SearchService.HIT_FIELDS), null, hit.score));
        }
        return List.copyOf(similar);
    }

    /** Any of: the words alike, a theme or the territory in common. */
    private Query alike(FacetedSearcher searcher, int doc, Document fields) throws IOException {
        MoreLikeThis words = new MoreLikeThis(searcher.getIndexReader());
        words.setAnalyzer(index.analyzer());
        words.setFieldNames(new String[] {ResourceSchema.TITLE, ResourceSchema.CONTENT});
        // A small centre has few documents per word: the defaults (twice in the text, in five documents) find none.
        words.setMinTermFreq(1);
        words.setMinDocFreq(1);
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(words.like(doc), Occur.SHOULD);
        for (String dimension : List.of(FacetDimension.THEME.parameter(), FacetDimension.TERRITORY.parameter())) {
            for (String value : fields.getValues(dimension)) {
                any.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(dimension, value))),
                        SHARED_VALUE_BONUS), Occur.SHOULD);
            }
        }
        return any.build();
    }
}

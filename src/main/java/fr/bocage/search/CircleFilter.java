package fr.bocage.search;

import fr.bocage.platform.security.Circles;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The one filter of members-only resources in the index: a search finds public resources and those of the circles
 * the viewer is inside, nothing else. Hits, totals, facet counts and snippets all come from the filtered query, so
 * none of them can count or quote a resource the viewer may not see.
 */
public final class CircleFilter {

    static final Query PUBLIC = new TermQuery(new Term(ResourceSchema.CIRCLE, ResourceSchema.PUBLIC_CIRCLE));

    /** Published and public: what anybody may be shown, the source of corrections and completions. */
    static final Query PUBLISHED_PUBLIC = new BooleanQuery.Builder()
            .add(SearchService.PUBLISHED, Occur.FILTER).add(PUBLIC, Occur.FILTER).build();

    private CircleFilter() {
    }

    /** The query restricted to what {@code circles} see; unchanged for who sees every circle. */
    public static Query restrict(Query query, Set<String> circles) {
        if (circles.contains(Circles.ALL)) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(visibleTo(circles), Occur.FILTER).build();
    }

    /** Public, or of one of the circles. */
    static Query visibleTo(Set<String> circles) {
        if (circles.isEmpty()) {
            return PUBLIC;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(PUBLIC, Occur.SHOULD);
        circles.stream().sorted().limit(BooleanQuery.getMaxClauseCount() - 1)
                .forEach(c -> any.add(new TermQuery(new Term(ResourceSchema.CIRCLE, c)), Occur.SHOULD));
        return any.build();
    }
}

package fr.bocage.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher carrying the facet ordinal state of its own reader. The state is costly to build (it maps ordinals
 * across segments), so it is built once when the searcher is opened, never per query, and it can never be paired
 * with another reader.
 */
final class FacetedSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;

    private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
        super(reader);
        this.facetState = facetState;
    }

    /** Null while no document has a facet value (an empty index). */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    static final class Factory extends SearcherFactory {

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            boolean hasFacets = FieldInfos.getMergedFieldInfos(reader)
                    .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
            return new FacetedSearcher(reader, hasFacets
                    ? new DefaultSortedSetDocValuesReaderState(reader, ResourceSchema.facetsConfig())
                    : null);
        }
    }
}

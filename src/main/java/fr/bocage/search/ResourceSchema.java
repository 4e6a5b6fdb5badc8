package fr.bocage.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/** The Lucene fields of a resource: names, how each is indexed, and the mapping from {@link IndexedResource}. */
final class ResourceSchema {

    /** Indexed (exact term, for updates), numeric doc values (sort, revisions()) and stored. */
    static final String ID = "id";
    /** Numeric doc values only: read in bulk by revisions(). */
    static final String REVISION = "revision";
    /** Epoch day, doc values only, for sorting; {@link Long#MIN_VALUE} when unknown so such resources come last. */
    static final String DATE = "date";
    static final String PUBLISHED = "published";
    static final String TITLE = "title";
    static final String KEYWORDS = "keywords";
    static final String SUMMARY = "summary";
    static final String AUTHORS = "authors";
    static final String ORGANISATION = "organisation";
    static final String CONTENT = "content";
    /**
     * Characters of the content stored, for snippets and similar resources; the whole content is indexed. A page of
     * 100 hits then reads at most 100 times this, not 100 texts of up to ten million characters.
     */
    static final int MAX_STORED_CONTENT = 200_000;
    /**
     * The words of title, keywords, summary and content as written (lower case, accents kept), only to correct
     * spelling: the other fields hold folded stems, which are no words to suggest. Published resources only, since
     * a correction shows its words to anybody.
     */
    static final String SPELLING = "spelling";
    /**
     * Who may find a resource: {@value #PUBLIC_CIRCLE} for everybody, else its circle ({@code network:12}). A keyword
     * every document has, so that a search filters on « public or one of the viewer's circles » (see
     * {@link CircleFilter}).
     */
    static final String CIRCLE = "circle";
    static final String PUBLIC_CIRCLE = "public";

    /**
     * Version of the fields and analysis below, kept in every commit of a generation: an index written by another
     * version is rebuilt from the database at start-up (v2 added the spelling field, v3 the level and modality facets
     * of courses, v4 left the spelling field of unpublished resources empty and stored only the beginning of the
     * content), v5 the progress and scheme facets of actions, v6 the network facet of news, v7 the circle of
     * members-only resources (an index without it would hide every resource: its documents have no public circle term),
     * v8 French lemmas and the Snowball stemmer (FrenchTextAnalyzer: the terms of every full-text field changed).
     */
    static final String VERSION = "8";
    static final String VERSION_KEY = "bocage.schema";

    /** Full-text fields and their weights for the user query. */
    static final Map<String, Float> QUERY_FIELDS = Map.of(
            TITLE, 4f, KEYWORDS, 3f, SUMMARY, 2f, AUTHORS, 1.5f, ORGANISATION, 1.5f, CONTENT, 1f);

    private static final long NO_DATE = Long.MIN_VALUE;

    // Offsets in the postings let the highlighter find matches in megabytes of content without re-analysing it.
    private static final FieldType HIGHLIGHTED_TEXT = highlightedText(true);
    private static final FieldType HIGHLIGHTED_UNSTORED_TEXT = highlightedText(false);

    // Only which words exist matters to the spell checker: no frequencies, positions or norms.
    private static final FieldType WORDS = words();

    private static final FacetsConfig FACETS = newFacetsConfig();

    private ResourceSchema() {
    }

    /** Shared and never modified after this class is initialised, so safe to read from any thread. */
    static FacetsConfig facetsConfig() {
        return FACETS;
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    static Document toDocument(IndexedResource resource) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(resource.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, resource.id()));
        doc.add(new StoredField(ID, resource.id()));
        doc.add(new NumericDocValuesField(REVISION, resource.revision()));
        doc.add(new NumericDocValuesField(DATE, sortDate(resource)));
        doc.add(new StringField(PUBLISHED, Boolean.toString(resource.published()), Field.Store.NO));
        doc.add(new StringField(CIRCLE, resource.circle() == null ? PUBLIC_CIRCLE : resource.circle(), Field.Store.NO));
        // Corrections and completions show words to anybody: only public published documents give them.
        boolean givesWords = resource.published() && resource.circle() == null;

        doc.add(new TextField(TITLE, resource.title(), Field.Store.YES));
        if (givesWords) {
            doc.add(new Field(SPELLING, resource.title(), WORDS));
            doc.add(new Field(SPELLING, resource.summary(), WORDS));
            resource.keywords().forEach(k -> doc.add(new Field(SPELLING, k, WORDS)));
        }
        resource.keywords().forEach(k -> doc.add(new TextField(KEYWORDS, k, Field.Store.NO)));
        resource.authors().forEach(a -> doc.add(new TextField(AUTHORS, a, Field.Store.NO)));
        doc.add(new TextField(ORGANISATION, resource.organisation(), Field.Store.NO));

        for (FacetDimension dimension : FacetDimension.values()) {
            for (String value : dimension.valuesOf(resource)) {
                doc.add(new StringField(dimension.parameter(), value, Field.Store.YES));
                doc.add(new SortedSetDocValuesFacetField(dimension.parameter(), value));
            }
        }
        // Largest last: stored fields are read in order.
        doc.add(new Field(SUMMARY, resource.summary(), HIGHLIGHTED_TEXT));
        if (!resource.content().isEmpty()) {
            String content = resource.content();
            if (content.length() <= MAX_STORED_CONTENT) {
                doc.add(new Field(CONTENT, content, HIGHLIGHTED_TEXT));
            } else {
                doc.add(new Field(CONTENT, content, HIGHLIGHTED_UNSTORED_TEXT));
                doc.add(new StoredField(CONTENT, content.substring(0, beginningEnd(content))));
            }
            if (givesWords) {
                doc.add(new Field(SPELLING, resource.content(), WORDS));
            }
        }
        return FACETS.build(doc);
    }

    private static long sortDate(IndexedResource resource) {
        if (resource.date() != null) {
            return resource.date().toEpochDay();
        }
        return resource.year() == null ? NO_DATE : LocalDate.of(resource.year(), 1, 1).toEpochDay();
    }

    /** Never between the two halves of a surrogate pair. */
    private static int beginningEnd(String content) {
        return Character.isHighSurrogate(content.charAt(MAX_STORED_CONTENT - 1))
                ? MAX_STORED_CONTENT - 1 : MAX_STORED_CONTENT;
    }

    private static FieldType highlightedText(boolean stored) {
        FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType words() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static FacetsConfig newFacetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (FacetDimension dimension : FacetDimension.values()) {
            config.setMultiValued(dimension.parameter(), dimension.multiValued());
            // Filters use the exact StringFields above; the facet drill-down terms would be duplicates.
            config.setDrillDownTermsIndexing(dimension.parameter(), FacetsConfig.DrillDownTermsIndexing.NONE);
        }
        return config;
    }
}

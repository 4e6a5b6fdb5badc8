package fr.bocage.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * HTML snippets for the hits of one page: the text is escaped and matches are wrapped in {@code <mark>}. Passages
 * come from the content, else from the summary, else the snippet is the beginning of the summary (or of the content
 * when there is no summary).
 */
final class Snippets {

    static final int PASSAGES = 2;
    /** Each passage is cut around its match at word boundaries, so two of them make about 300 characters. */
    static final int PASSAGE_LENGTH = 150;
    static final String ELLIPSIS = "…";
    /** Characters of a field searched for passages; beyond it, matches are not shown (the document still matches). */
    private static final int MAX_HIGHLIGHTED_LENGTH = ResourceSchema.MAX_STORED_CONTENT;

    private static final String[] FIELDS = {ResourceSchema.CONTENT, ResourceSchema.SUMMARY};
    private static final int[] MAX_PASSAGES = {PASSAGES, PASSAGES};

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * @param contents  the stored content of each document, already loaded with the hit
     * @param summaries the stored summary of each document, already loaded with the hit
     */
    String[] of(IndexSearcher searcher, Query query, int[] docs, String[] contents, String[] summaries)
            throws IOException {
        Map<String, String[]> highlights = highlighter(searcher, new Preloaded(docs, contents, summaries))
                .highlightFields(FIELDS, query, docs, MAX_PASSAGES);
        String[] fromContent = highlights.get(ResourceSchema.CONTENT);
        String[] fromSummary = highlights.get(ResourceSchema.SUMMARY);
        String[] snippets = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            if (fromContent[i] != null) {
                snippets[i] = fromContent[i];
            } else if (fromSummary[i] != null) {
                snippets[i] = fromSummary[i];
            } else {
                String text = summaries[i].isBlank() ? contents[i] : summaries[i];
                snippets[i] = escape(beginning(text));
            }
        }
        return snippets;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher, Preloaded values) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", ELLIPSIS, true))
                .withScorer(new LeanPassageScorer())
                // Cutting at spaces is enough for a snippet's edges and far cheaper than java.text's word rules.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), PASSAGE_LENGTH, 0.5f))
                .withMaxNoHighlightPassages(0) // no match: null, so that the next field is tried
                .withMaxLength(MAX_HIGHLIGHTED_LENGTH);
        return new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                    int cacheCharsThreshold) throws IOException {
                return values.load(fields, docIter);
            }
        };
    }

    private static String beginning(String text) {
        int limit = PASSAGES * PASSAGE_LENGTH;
        if (text.length() <= limit) {
            return text.strip();
        }
        int cut = text.lastIndexOf(' ', limit);
        return text.substring(0, cut > limit / 2 ? cut : limit).strip() + ELLIPSIS;
    }

    /** The same escaping as {@link DefaultPassageFormatter} applies to highlighted passages. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The highlighted fields' values, taken from the stored documents the hits already loaded rather than read and
     * decompressed a second time.
     */
    private record Preloaded(int[] docs, String[] contents, String[] summaries) {

        List<CharSequence[]> load(String[] fields, DocIdSetIterator docIter) throws IOException {
            List<CharSequence[]> values = new ArrayList<>(docs.length);
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                int hit = indexOf(doc);
                CharSequence[] byField = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    byField[f] = capped(fields[f].equals(ResourceSchema.CONTENT) ? contents[hit] : summaries[hit]);
                }
                values.add(byField);
            }
            return values;
        }

        private int indexOf(int doc) {
            for (int i = 0; i < docs.length; i++) {
                if (docs[i] == doc) {
                    return i;
                }
            }
            throw new IllegalArgumentException("not a hit of this page: " + doc);
        }

        private static String capped(String value) {
            return value.length() > MAX_HIGHLIGHTED_LENGTH ? value.substring(0, MAX_HIGHLIGHTED_LENGTH) : value;
        }
    }
}

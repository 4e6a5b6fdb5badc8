package fr.bocage.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrects the misspelt words of a query against the words of the index ({@link ResourceSchema#SPELLING}).
 * <p>
 * {@link DirectSpellChecker} reads the index's own terms (Levenshtein automata, up to two edits, first letter kept),
 * so there is no side index to build or keep in step with the generations. Words the index knows are kept, as is
 * the rest of the query (quotes, operators, exclusions); a word ending in {@code *} is a prefix, not a misspelling.
 * <p>
 * Only words of resources published now are offered: the field holds the words of published resources only, but
 * the terms of a document replaced or deleted stay in the index until its segment is merged, so each candidate is
 * checked against the live published documents. Members-only documents give no words (a correction would show
 * them to anybody), and a candidate is checked against public documents only.
 */
final class SpellingCorrector {

    /** Candidates asked of the checker, so that one still published is found when the closest ones are gone. */
    private static final int CANDIDATES = 5;

    private final Analyzer analyzer;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellingCorrector(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query with each unknown word replaced by the closest known one; empty when nothing was replaced. */
    Optional<String> correct(String query, IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<Replacement> replacements = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(ResourceSchema.SPELLING, query)) {
            CharTermAttribute word = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                Term term = new Term(ResourceSchema.SPELLING, word.toString());
                boolean prefix = offset.endOffset() < query.length() && query.charAt(offset.endOffset()) == '*';
                if (prefix || published(searcher, term)) {
                    continue;
                }
                for (SuggestWord candidate : checker.suggestSimilar(term, CANDIDATES, reader,
                        SuggestMode.SUGGEST_ALWAYS)) {
                    if (published(searcher, new Term(ResourceSchema.SPELLING, candidate.string))) {
                        replacements.add(new Replacement(offset.startOffset(), offset.endOffset(), candidate.string));
                        break;
                    }
                }
            }
            tokens.end();
        }
        if (replacements.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder corrected = new StringBuilder(query);
        for (int i = replacements.size() - 1; i >= 0; i--) {
            Replacement r = replacements.get(i);
            corrected.replace(r.start(), r.end(), r.word());
        }
        return Optional.of(corrected.toString());
    }

    private static boolean published(IndexSearcher searcher, Term word) throws IOException {
        return searcher.count(new BooleanQuery.Builder()
                .add(new TermQuery(word), Occur.FILTER)
                .add(CircleFilter.PUBLISHED_PUBLIC, Occur.FILTER).build()) > 0;
    }

    private record Replacement(int start, int end, String word) {
    }
}

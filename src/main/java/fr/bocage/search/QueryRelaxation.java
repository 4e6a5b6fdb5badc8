package fr.bocage.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Never a dead end (issue 16): the words of a query, to search again with fewer of them required when too few
 * documents hold them all (« vision globale projet alimentaire xyzzy »).
 * <p>
 * Only a query of plain words is relaxed: phrases, alternatives, groups and exclusions say what the user wants
 * required. Each word is the query {@link UserQueryParser} makes of it alone (elided articles and stop words drop
 * out, a typed last word stays a prefix), and a document scores {@value #WORD_WEIGHT} per word it holds on top of its
 * text score, so that documents holding more words come first and those holding every word first of all.
 */
final class QueryRelaxation {

    /** Above any text score of this index's fields, so that one more word held outranks any text score. */
    static final float WORD_WEIGHT = 1000f;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SYNTAX = Pattern.compile("[\"|()]|^-");
    private static final Set<String> NO_OPS = Set.of("AND", "ET");

    /** The words as typed, each with its query, in the query's order. */
    record Words(List<String> typed, List<Query> queries) {
        int count() {
            return typed.size();
        }
    }

    private final UserQueryParser parser;

    QueryRelaxation(UserQueryParser parser) {
        this.parser = parser;
    }

    /** The query's searchable words; empty when it has syntax or fewer than two of them. */
    Optional<Words> words(String query, boolean lastWordPrefix) {
        String[] tokens = WHITESPACE.split(query.strip());
        List<String> typed = new ArrayList<>();
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < tokens.length && typed.size() < UserQueryParser.MAX_WORDS; i++) {
            String token = tokens[i];
            if (SYNTAX.matcher(token).find() || token.equals("OR") || token.equalsIgnoreCase("ou")) {
                return Optional.empty();
            }
            Query word = NO_OPS.contains(token) ? null
                    : parser.parse(token, lastWordPrefix && i == tokens.length - 1);
            if (word != null && !(word instanceof MatchAllDocsQuery)) {
                typed.add(token);
                queries.add(word);
            }
        }
        return typed.size() < 2 ? Optional.empty() : Optional.of(new Words(List.copyOf(typed), List.copyOf(queries)));
    }

    /** The numbers of words required, tried in turn: all but one, about half, one; at most three searches. */
    static List<Integer> levels(int words) {
        Set<Integer> levels = new LinkedHashSet<>(List.of(words - 1, (words + 1) / 2, 1));
        levels.removeIf(level -> level < 1 || level >= words);
        return List.copyOf(levels);
    }

    /** Documents holding at least {@code required} of the words, those holding more first. */
    static Query atLeast(Words words, int required) {
        BooleanQuery.Builder some = new BooleanQuery.Builder().setMinimumNumberShouldMatch(required);
        BooleanQuery.Builder ranked = new BooleanQuery.Builder();
        for (Query word : words.queries()) {
            some.add(word, Occur.SHOULD);
            ranked.add(new BoostQuery(new ConstantScoreQuery(word), WORD_WEIGHT), Occur.SHOULD);
        }
        return ranked.add(some.build(), Occur.MUST).build();
    }

    /** For each document, the typed words it does not hold. */
    static List<List<String>> missing(IndexSearcher searcher, Words words, int[] docs) throws IOException {
        List<Weight> weights = new ArrayList<>(words.count());
        for (Query word : words.queries()) {
            weights.add(searcher.createWeight(searcher.rewrite(word), ScoreMode.COMPLETE_NO_SCORES, 1f));
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<List<String>> missing = new ArrayList<>(docs.length);
        for (int doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            int target = doc - leaf.docBase;
            List<String> lacking = new ArrayList<>();
            for (int i = 0; i < weights.size(); i++) {
                Scorer scorer = weights.get(i).scorer(leaf);
                if (scorer == null || scorer.iterator().advance(target) != target) {
                    lacking.add(words.typed().get(i));
                }
            }
            missing.add(lacking);
        }
        return missing;
    }

    /** The words some of the documents lack, in the query's order. */
    static List<String> anyMissing(Words words, List<List<String>> missing) {
        return words.typed().stream().distinct().filter(word -> missing.stream().anyMatch(m -> m.contains(word)))
                .toList();
    }
}

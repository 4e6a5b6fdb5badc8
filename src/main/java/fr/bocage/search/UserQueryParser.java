package fr.bocage.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what users type into a query over the weighted full-text fields. It never fails: whatever it cannot read as
 * syntax it reads as words.
 * <ul>
 *   <li>{@code zone humide}: every word is required;</li>
 *   <li>{@code "zone humide"}: a phrase; a quote left open runs to the end;</li>
 *   <li>{@code -drainage}: excluded; a query of exclusions only means everything except them;</li>
 *   <li>{@code mare OU étang}, also {@code ou}, {@code OR} or {@code |}: either; {@code AND}/{@code ET} are accepted
 *       and change nothing. "ou" is an operator in any case (as a word it is a stop word anyway), "OR" only in upper
 *       case, since "or" is also a French word;</li>
 *   <li>{@code (mare OU étang) amphibiens}: grouping;</li>
 *   <li>{@code écolo*}: prefix, when at least {@value #MIN_PREFIX} letters precede the star (shorter prefixes
 *       would expand to too many terms); other stars are ignored.</li>
 * </ul>
 * A query still being typed ({@link #parse(String, boolean)}) also takes its last word as a prefix, besides the word
 * itself, so that {@code formalisation d'un Proj} meets « Projet »: the word's own matches score higher.
 * Other Lucene syntax (fields, fuzzy, ranges, boosts, escapes) is not offered: those characters are plain text and
 * the analyzer drops them. A query with no searchable word left (blank, only punctuation or stop words) matches
 * everything, like a blank one. Only the first {@value #MAX_WORDS} words are kept, which keeps the query under
 * Lucene's clause limit: words as the tokenizer sees them (runs of letters and digits), since {@code haie-haie} and
 * {@code haie|haie} are several words without a space.
 */
public final class UserQueryParser {

    static final int MIN_PREFIX = 3;
    static final int MAX_WORDS = 32;

    private static final int SYNTAX = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    // Lucene syntax not offered, with its numbers (boosts, fuzziness); ':' would otherwise glue words together, the
    // tokenizer keeping "zone:humide" whole.
    private static final Pattern OTHER_SYNTAX = Pattern.compile("[~^][\\d.]*|[:\\[\\]{}\\\\/!]");
    private static final Pattern OR = Pattern.compile("(?<!\\S)(?:OR|(?i:ou))(?!\\S)");
    private static final Pattern AND = Pattern.compile("(?<!\\S)(?:AND|ET)(?!\\S)");
    /** A last word typed after a space, an opening parenthesis or an elided article (d', l'), not excluded. */
    private static final Pattern LAST_WORD = Pattern.compile("(^|[\\s(']|’)([\\p{L}\\p{N}]{" + MIN_PREFIX + ",})$");
    private static final Pattern SHORT_PREFIX = Pattern.compile("(?<![\\p{L}\\p{N}]{" + MIN_PREFIX + "})\\*");

    private final SimpleQueryParser parser;

    public UserQueryParser(Analyzer analyzer) {
        parser = new SimpleQueryParser(analyzer, ResourceSchema.QUERY_FIELDS, SYNTAX);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
    }

    public Query parse(String input) {
        return parse(input, false);
    }

    /** @param lastWordPrefix the last word is being typed: it matches as itself or as a prefix */
    public Query parse(String input, boolean lastWordPrefix) {
        return parseRewritten(rewriteOperators(input), lastWordPrefix);
    }

    /** A query already in the simple syntax ({@link #rewriteOperators}), such as one a thesaurus widened. */
    Query parseRewritten(String text, boolean lastWordPrefix) {
        Query query = parser.parse(lastWordPrefix ? lastWordAsPrefix(text) : text);
        return query instanceof MatchNoDocsQuery ? new MatchAllDocsQuery() : matchAllUnderExclusions(query);
    }

    /** The user's words in the simple query syntax. */
    static String rewriteOperators(String input) {
        if (input == null) {
            return "";
        }
        String words = OTHER_SYNTAX.matcher(input).replaceAll(" ").strip();
        String text = firstWords(WHITESPACE.matcher(words).replaceAll(" "));
        if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
            text += '"';
        }
        // Split on quotes: even parts are outside phrases, where operator words and stars are syntax.
        String[] parts = text.split("\"", -1);
        for (int i = 0; i < parts.length; i += 2) {
            String part = OR.matcher(parts[i]).replaceAll("|");
            part = AND.matcher(part).replaceAll(" ");
            parts[i] = SHORT_PREFIX.matcher(part).replaceAll(" ");
        }
        return String.join("\"", parts);
    }

    /**
     * {@code … word} as {@code … (word|word*)} when the text ends with a word of at least {@value #MIN_PREFIX}
     * letters, not excluded and not already a prefix. Quotes are closed by then: a phrase's last word ends in one.
     */
    static String lastWordAsPrefix(String text) {
        Matcher last = LAST_WORD.matcher(text);
        if (!last.find()) {
            return text;
        }
        String word = last.group(2);
        return text.substring(0, last.start(2)) + "(" + word + "|" + word + "*)";
    }

    private static String firstWords(String text) {
        Matcher word = WORD.matcher(text);
        for (int count = 0; word.find(); ) {
            if (++count > MAX_WORDS) {
                return text.substring(0, word.start());
            }
        }
        return text;
    }

    /**
     * Lucene's boolean queries match nothing when all their clauses are exclusions; users mean "everything but".
     * Applies at every level, so {@code a OR -b} is "a, or anything without b".
     */
    private static Query matchAllUnderExclusions(Query query) {
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean positive = false;
        for (BooleanClause clause : bool) {
            boolean excluded = clause.getOccur() == BooleanClause.Occur.MUST_NOT;
            builder.add(excluded ? clause.getQuery() : matchAllUnderExclusions(clause.getQuery()), clause.getOccur());
            positive |= !excluded;
        }
        if (!positive) {
            builder.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }
}

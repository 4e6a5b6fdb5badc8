package fr.bocage.search;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Analysis for French free text, used both at index and at query time.
 * <p>
 * Chain: typographic apostrophe ’ mapped to ' → StandardTokenizer → elision (l' d' qu' j' m' n' s' t' c' jusqu'
 * quoiqu' lorsqu' puisqu', any case) → lower case → French stop words → ASCII folding → FrenchLightStemFilter.
 * <p>
 * What conflates, so a search for one finds the other:
 * <ul>
 *   <li>singular and plural: "zones humides" ~ "zone humide", "aménagements" ~ "aménagement";</li>
 *   <li>accents and case: "écologie" ~ "ecologie" ~ "ÉCOLOGIE";</li>
 *   <li>elided articles: "l'eau" ~ "l’eau" ~ "eau", "d'Écologie" ~ "écologie";</li>
 *   <li>feminine adjectives: "naturelle" ~ "naturel".</li>
 * </ul>
 * What does not: the light stemmer only strips inflections, not derivations, so a verb and its noun stay apart:
 * "protéger" ≠ "protection", "restaurer" ≠ "restauration". Users who want both type both, e.g. {@code protéger OU
 * protection}.
 * <p>
 * {@link #words()} stops before folding and stemming: it keeps words as written (in lower case), for spelling
 * suggestions that users can read. {@link #folded()} folds but does not stem, for completing words being typed:
 * "zone hu" must find "zones humides", and a stemmer would cut a half-typed word anywhere.
 */
public final class FrenchTextAnalyzer extends Analyzer {

    private static final CharArraySet ELISIONS = new CharArraySet(
            List.of("l", "d", "qu", "j", "m", "n", "s", "t", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

    private static final NormalizeCharMap APOSTROPHES = apostrophes();

    private final boolean fold;
    private final boolean stem;

    public FrenchTextAnalyzer() {
        this(true, true);
    }

    private FrenchTextAnalyzer(boolean fold, boolean stem) {
        this.fold = fold;
        this.stem = stem;
    }

    /** The same chain without folding and stemming: "Zones humides" gives "zones", "humides". */
    static FrenchTextAnalyzer words() {
        return new FrenchTextAnalyzer(false, false);
    }

    /** The same chain without stemming: "Écologie" gives "ecologie". */
    static FrenchTextAnalyzer folded() {
        return new FrenchTextAnalyzer(true, false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(source, ELISIONS);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
        if (fold) {
            stream = new ASCIIFoldingFilter(stream);
        }
        if (stem) {
            stream = new FrenchLightStemFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(APOSTROPHES, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(APOSTROPHES, reader);
    }

    /** Used for prefix queries ({@code écolo*}), which bypass the tokenizer and meet the stems. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(in));
        return stem ? new RepeatedLetterFilter(folded) : folded;
    }

    private static NormalizeCharMap apostrophes() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add("’", "'");
        return builder.build();
    }
}

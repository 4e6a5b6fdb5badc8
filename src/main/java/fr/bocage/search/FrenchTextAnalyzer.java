package fr.bocage.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import morfologik.stemming.Dictionary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * Analysis for French free text, used both at index and at query time.
 * <p>
 * Chain: typographic apostrophe ’ mapped to ' → StandardTokenizer → elision (l' d' qu' j' m' n' s' t' c' jusqu'
 * quoiqu' lorsqu' puisqu', any case) → lower case → French stop words → lemmas (Morfologik with LanguageTool's French
 * dictionary, before folding since it is accented), but for the auxiliaries être and avoir → ASCII folding →
 * {@link DerivationFilter} → Snowball's French stemmer → one token per term and position.
 * <p>
 * What conflates, so a search for one finds the other:
 * <ul>
 *   <li>singular and plural: "zones humides" ~ "zone humide", "aménagements" ~ "aménagement";</li>
 *   <li>accents and case: "écologie" ~ "ecologie" ~ "ÉCOLOGIE";</li>
 *   <li>elided articles: "l'eau" ~ "l’eau" ~ "eau", "d'Écologie" ~ "écologie";</li>
 *   <li>feminine adjectives: "naturelle" ~ "naturel";</li>
 *   <li>conjugated verbs and their infinitive, even irregular ones: "nous réduisons" ~ "réduire" ~ "réduit"
 *       (the dictionary gives the lemma, which the stemmer then cuts);</li>
 *   <li>verbs, their nouns and agents: "restaurons" ~ "restauration" ~ "restaurateur", "mutualiser" ~
 *       "mutualisation" (the stemmer), "protéger" ~ "protection", "gérer" ~ "gestion", "densifier" ~ "densification"
 *       (the few the stemmer keeps apart are listed in {@code derivations-fr.txt}).</li>
 * </ul>
 * A form with several lemmas ("zones": zone or zoner) gives each at the same position, as synonyms; most meet again
 * once stemmed. A word the dictionary lacks (names, jargon, a verb typed without its accents) is stemmed as it is.
 * The Snowball stemmer rather than the light one, measured on the judged queries (README, Relevance): it joins
 * derivations the light one keeps apart ("mutualisation" → "mutuel").
 * <p>
 * {@link #words()} stops before lemmas, folding and stemming: it keeps words as written (in lower case), for spelling
 * suggestions that users can read. {@link #folded()} folds but neither lemmatises nor stems, for completing words
 * being typed: "zone hu" must find "zones humides", and a stemmer would cut a half-typed word anywhere.
 */
public final class FrenchTextAnalyzer extends Analyzer {

    private static final CharArraySet ELISIONS = new CharArraySet(
            List.of("l", "d", "qu", "j", "m", "n", "s", "t", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

    private static final NormalizeCharMap APOSTROPHES = apostrophes();

    /**
     * Lemmas that are stop words of their own: the auxiliaries, which a form gives besides its own lemma ("été" is
     * also "être", "avions" also "avoir", "sommes" also "être") and which would join it to every "être" and "avoir".
     */
    private static final CharArraySet AUXILIARIES = new CharArraySet(List.of("être", "avoir"), false);

    private final boolean fold;
    /** Lemmas, derivations and stems: the terms of the full-text fields. */
    private final boolean stem;

    public FrenchTextAnalyzer() {
        this(true, true);
    }

    private FrenchTextAnalyzer(boolean fold, boolean stem) {
        this.fold = fold;
        this.stem = stem;
    }

    /** The same chain without lemmas, folding and stemming: "Zones humides" gives "zones", "humides". */
    static FrenchTextAnalyzer words() {
        return new FrenchTextAnalyzer(false, false);
    }

    /** The same chain without lemmas and stemming: "Écologie" gives "ecologie". */
    static FrenchTextAnalyzer folded() {
        return new FrenchTextAnalyzer(true, false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(source, ELISIONS);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
        if (stem) {
            stream = new LemmaFilter(stream, FrenchDictionary.LEMMAS);
            stream = new StopFilter(stream, AUXILIARIES);
        }
        if (fold) {
            stream = new ASCIIFoldingFilter(stream);
        }
        if (stem) {
            stream = new DerivationFilter(stream);
            stream = new SnowballFilter(stream, new FrenchStemmer());
            // A form's lemmas often share a stem ("restaurons": the verb's entries per tense give "restaur" twice).
            stream = new RemoveDuplicatesTokenFilter(stream);
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

    /**
     * Used for prefix queries ({@code restaur*}), which bypass the tokenizer and meet the stems: folded, since the
     * stems are, and without a final e, which the stemmer cuts ({@link FinalEFilter}). The stemmer only cuts endings,
     * so a prefix no longer than the stem meets it as typed.
     */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(in));
        return stem ? new FinalEFilter(folded) : folded;
    }

    /** The dictionary (1 MB, a quarter of a second to read), read once, when the first full-text chain is built. */
    private static final class FrenchDictionary {

        static final LemmaFilter.Lemmas LEMMAS = new LemmaFilter.Lemmas(read());

        private static Dictionary read() {
            try {
                return Dictionary.read(FrenchTextAnalyzer.class.getResource("/org/languagetool/resource/fr/french.dict"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static NormalizeCharMap apostrophes() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add("’", "'");
        return builder.build();
    }
}

package fr.bocage.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Gives each word its lemmas from a morphological dictionary, all at the word's position ("restaurons" is a form of
 * "restaurer" only; "est" of "être" and of "est"); a word the dictionary lacks passes as it is. What Lucene's
 * MorfologikFilter does, without what search never reads (each lemma's part-of-speech tags, split by a regular
 * expression), and with the lookups kept: a text says the same words again and again, and the lookup is most of
 * the analysis's time.
 */
final class LemmaFilter extends TokenFilter {

    /** The lemmas of the words met so far, for one dictionary; shared by every chain on it. */
    static final class Lemmas {
        /** About 10 MB at most: the frequent words come first and stay. */
        private static final int MAX_KEPT = 100_000;
        private static final String[] NONE = new String[0];

        private final Dictionary dictionary;
        private final Map<String, String[]> kept = new ConcurrentHashMap<>();

        Lemmas(Dictionary dictionary) {
            this.dictionary = dictionary;
        }

        String[] of(String word, DictionaryLookup lookup) {
            String[] lemmas = kept.get(word);
            if (lemmas == null) {
                List<WordData> found = lookup.lookup(word);
                lemmas = found.isEmpty() ? NONE
                        : found.stream().map(w -> w.getStem().toString()).distinct().toArray(String[]::new);
                if (kept.size() < MAX_KEPT) {
                    kept.put(word, lemmas);
                }
            }
            return lemmas;
        }
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Lemmas lemmas;
    /** Not thread-safe, hence one per chain (a chain serves one thread at a time). */
    private final DictionaryLookup lookup;
    private String[] pending = Lemmas.NONE;
    private int next;
    private State word;

    LemmaFilter(TokenStream input, Lemmas lemmas) {
        super(input);
        this.lemmas = lemmas;
        this.lookup = new DictionaryLookup(lemmas.dictionary);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.length) {
            restoreState(word);
            term.setEmpty().append(pending[next++]);
            increment.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        pending = lemmas.of(term.toString(), lookup);
        if (pending.length > 0) {
            word = captureState();
            term.setEmpty().append(pending[0]);
            next = 1;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = Lemmas.NONE;
        next = 0;
        word = null;
    }
}

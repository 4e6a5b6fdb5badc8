package fr.bocage.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds to an infinitive the noun of its action, at the same position, when the French stemmer would keep them apart
 * ({@code derivations-fr.txt}): "proteger" also gives "protection", "reduire" "reduction", "densifier"
 * "densification", so that after stemming « protéger » meets « protection ». The verb stays, so that a prefix of it
 * (« protég* ») still meets it. Runs on folded lemmas, so every conjugated form of the verb (and the verb typed
 * without accents) has the noun too.
 */
final class DerivationFilter extends TokenFilter {

    private static final String RESOURCE = "derivations-fr.txt";
    private static final String SUFFIX = "-";
    /** Shortest root a suffix rule leaves: "-duire" must not rewrite a word that is only its suffix. */
    private static final int MIN_ROOT = 2;

    private static final Table TABLE = Table.load();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    /** The noun still to give after its verb, with the verb's attributes; null when none is pending. */
    private String noun;
    private State verb;

    DerivationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (noun != null) {
            restoreState(verb);
            term.setEmpty().append(noun);
            position.setPositionIncrement(0);
            noun = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        noun = TABLE.noun(term.toString());
        if (noun != null) {
            verb = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        noun = null;
        verb = null;
    }

    /** Whole-word pairs, then suffix rules, longest suffix first; keys and values folded as the terms they meet. */
    private record Table(Map<String, String> words, Map<String, String> suffixes) {

        String noun(String verb) {
            String noun = words.get(verb);
            if (noun != null) {
                return noun;
            }
            for (Map.Entry<String, String> rule : suffixes.entrySet()) {
                String suffix = rule.getKey();
                if (verb.endsWith(suffix) && verb.length() - suffix.length() >= MIN_ROOT) {
                    return verb.substring(0, verb.length() - suffix.length()) + rule.getValue();
                }
            }
            return null;
        }

        static Table load() {
            Map<String, String> words = new HashMap<>();
            Map<String, String> suffixes = new HashMap<>();
            try (InputStream in = DerivationFilter.class.getResourceAsStream(RESOURCE);
                    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    String stripped = line.strip();
                    if (stripped.isEmpty() || stripped.startsWith("#")) {
                        continue;
                    }
                    String[] pair = stripped.split("\\s+");
                    if (pair.length != 2) {
                        throw new IllegalStateException(RESOURCE + ": not a pair: " + line);
                    }
                    if (pair[0].startsWith(SUFFIX) && pair[1].startsWith(SUFFIX)) {
                        suffixes.put(fold(pair[0].substring(1)), fold(pair[1].substring(1)));
                    } else {
                        words.put(fold(pair[0]), fold(pair[1]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> longestFirst = new LinkedHashMap<>();
            suffixes.entrySet().stream()
                    .sorted((a, b) -> b.getKey().length() - a.getKey().length())
                    .forEach(rule -> longestFirst.put(rule.getKey(), rule.getValue()));
            return new Table(Map.copyOf(words), longestFirst);
        }

        private static String fold(String word) {
            char[] in = word.toCharArray();
            char[] out = new char[in.length * 4];
            return new String(out, 0, ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length));
        }
    }
}

package fr.bocage.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes a doubled letter once, as {@link org.apache.lucene.analysis.fr.FrenchLightStemFilter} does in the words of
 * more than four letters it indexes: "collectivité" is stored as "colectivit". A prefix being typed ("collec") must
 * lose its doubles too, or it would never meet the stored stems.
 */
final class RepeatedLetterFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    RepeatedLetterFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] chars = term.buffer();
        int length = Math.min(1, term.length());
        for (int i = 1; i < term.length(); i++) {
            if (chars[i] != chars[length - 1] || !Character.isLetter(chars[i])) {
                chars[length++] = chars[i];
            }
        }
        term.setLength(length);
        return true;
    }
}

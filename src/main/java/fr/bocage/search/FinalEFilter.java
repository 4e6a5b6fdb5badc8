package fr.bocage.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Cuts the final e of a prefix being searched, as the French Snowball stemmer cuts it from the words it indexes:
 * « mares » and « mare » are stored as "mar", so the prefix « mare* » would miss them and only meet « marécages ».
 * A prefix keeps at least {@value UserQueryParser#MIN_PREFIX} letters.
 */
final class FinalEFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FinalEFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        if (length > UserQueryParser.MIN_PREFIX && term.charAt(length - 1) == 'e') {
            term.setLength(length - 1);
        }
        return true;
    }
}

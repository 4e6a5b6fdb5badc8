package fr.bocage.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** How user input is compared with a term's code or label: whatever the case, accents, spaces or dashes. */
final class TermKey {
    private TermKey() {
    }

    static String of(String input) {
        String decomposed = Normalizer.normalize(input.trim(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{Alnum}]+", " ")
                .trim();
    }
}

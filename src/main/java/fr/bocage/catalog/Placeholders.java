package fr.bocage.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What office programs write in a file's properties when nobody typed anything: « Document1 », « Microsoft Word -
 * rapport.docx », « Untitled » for a title, the user or machine name (« PC-ACCUEIL », « Utilisateur Windows ») for an
 * author. A draft described by them reads as noise, so the description looks elsewhere.
 */
final class Placeholders {
    private static final Pattern NUMBERED_TITLE = Pattern.compile(
            "(document|doc|classeur|book|presentation|presentation powerpoint|powerpoint presentation|diapositive|slide"
                    + "|sans titre|untitled|nouveau document|new document|titre|title)\\s*\\d*");
    private static final Pattern PROGRAM_PREFIX = Pattern.compile("^(microsoft (word|excel|powerpoint)|libreoffice"
            + " writer) - ", Pattern.CASE_INSENSITIVE);
    private static final Pattern MACHINE = Pattern.compile("(pc|desktop|laptop|poste|win|portable|ordi)[-_][a-z0-9-_]+");
    private static final Set<String> ACCOUNT_NAMES = Set.of("user", "utilisateur", "admin", "administrateur",
            "administrator", "owner", "proprietaire", "auteur", "author", "windows user", "utilisateur windows",
            "microsoft office user", "utilisateur de microsoft office", "unknown", "inconnu", "default", "invite",
            "guest", "hp", "dell", "lenovo", "acer", "asus");

    private Placeholders() {
    }

    /**
     * A title worth keeping from a file's properties: a program's « Microsoft Word - » prefix and the file's
     * extension taken off; empty when what is left is a placeholder.
     */
    static Optional<String> title(String found) {
        if (found == null) {
            return Optional.empty();
        }
        String title = found.strip();
        if (PROGRAM_PREFIX.matcher(title).find()) {
            title = PROGRAM_PREFIX.matcher(title).replaceFirst("").replaceFirst("\\.(docx?|xlsx?|pptx?|odt|rtf)$", "")
                    .strip();
        }
        return title.isEmpty() || NUMBERED_TITLE.matcher(folded(title)).matches() ? Optional.empty()
                : Optional.of(title);
    }

    static boolean isAuthor(String found) {
        String name = folded(found.strip());
        return !ACCOUNT_NAMES.contains(name) && !MACHINE.matcher(name).matches();
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}

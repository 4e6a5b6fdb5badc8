package fr.bocage.account;

import fr.bocage.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What an administrator looks for among the accounts: words found in the name, address or user name (any case, with
 * or without accents), and a role. Empty, it finds every account.
 *
 * @param text words to find, empty for any
 * @param role one of {@link Role#ALL}, empty for any (an unknown role is taken as any)
 */
public record AccountSearch(String text, String role) {
    static final String TEXT = "q";
    static final String ROLE = "filtre-role";
    private static final int MAX_TEXT = 200;

    public AccountSearch {
        text = text == null ? "" : text.strip();
        text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        role = role != null && Role.ALL.contains(role) ? role : "";
    }

    static AccountSearch of(HttpServletRequest request) {
        return new AccountSearch(request.getParameter(TEXT), request.getParameter(ROLE));
    }

    boolean matches(Account account) {
        if (!role.isEmpty() && !account.getRoles().contains(role)) {
            return false;
        }
        String haystack = folded(Stream.of(account.getDisplayName(), account.getEmail(), account.getUsername())
                .filter(v -> v != null).reduce("", (a, b) -> a + " " + b));
        return Stream.of(folded(text).split("\\s+")).allMatch(haystack::contains);
    }

    public boolean isEmpty() {
        return text.isEmpty() && role.isEmpty();
    }

    /** The query string that finds the same again, empty for no search: kept by the page's forms and redirects. */
    public String query() {
        if (isEmpty()) {
            return "";
        }
        return TEXT + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&" + ROLE + "="
                + URLEncoder.encode(role, StandardCharsets.UTF_8);
    }

    /** Lower case without accents: « Hélène » is found as « helene ». */
    private static String folded(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}

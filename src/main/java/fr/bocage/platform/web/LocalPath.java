package fr.bocage.platform.web;

/**
 * Where to send a person back to after a form, e.g. {@code /connexion?retour=…}: only a path of this site, so the
 * parameter cannot turn Bocage into a relay towards another one (open redirect).
 */
public final class LocalPath {
    private LocalPath() {
    }

    /** @return the path if it is local, else {@code fallback} */
    public static String orElse(String candidate, String fallback) {
        return isLocal(candidate) ? candidate : fallback;
    }

    /**
     * A way back to one page of this site, e.g. the search a resource was found by: {@code candidate} if it is a
     * local address of {@code page}, with or without a query, else {@code fallback}.
     */
    public static String ofPage(String candidate, String page, String fallback) {
        boolean onPage = candidate != null && (candidate.equals(page) || candidate.startsWith(page + "?"));
        return onPage && isLocal(candidate) ? candidate : fallback;
    }

    static boolean isLocal(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 2000 || candidate.charAt(0) != '/') {
            return false;
        }
        // "//host" and "/\host" are read by browsers as another host.
        if (candidate.length() > 1 && (candidate.charAt(1) == '/' || candidate.charAt(1) == '\\')) {
            return false;
        }
        // ASCII only: the container writes the Location header in ISO-8859-1 and keeps the low byte of any other
        // character, so U+012F became '/' and "/\u012Fevil.example" left as "//evil.example". The ways back this site
        // builds are percent-encoded URIs, hence ASCII.
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c < 0x21 || c > 0x7e || c == '\\') {
                return false;
            }
        }
        return true;
    }
}

package fr.bocage.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The session's anti-forgery token: another site can make a browser send a form to Bocage with its cookie, but it
 * cannot read the token of the pages, so a state-changing request without it is refused ({@link CsrfFilter}).
 */
public final class CsrfToken {
    /** The hidden field of portal forms. */
    public static final String FIELD = "_csrf";
    /** The header of API calls made with the session cookie. */
    public static final String HEADER = "X-CSRF-Token";
    /** The request attribute pages read ({@code ${csrfToken}}). */
    public static final String ATTRIBUTE = "csrfToken";
    private static final String SESSION_KEY = "bocage.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    /** Gives the page a token, opening a session for it: for pages with a form that changes something. */
    public static void expose(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, of(request.getSession(true)));
    }

    /** The session's token, made on first use. */
    static String of(HttpSession session) {
        String token = (String) session.getAttribute(SESSION_KEY);
        if (token == null) {
            token = renew(session);
        }
        return token;
    }

    /** A new token, e.g. at login, so that one seen before it is useless after. */
    public static String renew(HttpSession session) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(SESSION_KEY, token);
        return token;
    }

    /** Whether {@code candidate} is the session's token: for a page reached by a forward, which the filter did not see. */
    public static boolean matches(HttpSession session, String candidate) {
        String token = session == null ? null : (String) session.getAttribute(SESSION_KEY);
        return token != null && candidate != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.US_ASCII));
    }
}

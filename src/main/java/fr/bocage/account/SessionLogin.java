package fr.bocage.account;

import fr.bocage.platform.web.CsrfToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;

/** The portal's login, kept in the HTTP session: only the user name and when they logged in. */
public final class SessionLogin {
    private static final String USERNAME = "bocage.username";
    private static final String SINCE = "bocage.loggedInAt";

    record Login(String username, Instant since) {
    }

    private SessionLogin() {
    }

    /**
     * Ties the session to the user. The session gets a new id (someone who planted the old one in the browser
     * must not share the login) and a new CSRF token.
     */
    public static void start(HttpServletRequest request, String username) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(USERNAME, username);
        session.setAttribute(SINCE, Instant.now());
        CsrfToken.renew(session);
    }

    static Optional<Login> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(USERNAME) instanceof String username)
                || !(session.getAttribute(SINCE) instanceof Instant since)) {
            return Optional.empty();
        }
        return Optional.of(new Login(username, since));
    }

    /** Forgets the login, e.g. when the account was disabled; the session stays for its CSRF token. */
    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(USERNAME);
            session.removeAttribute(SINCE);
        }
    }
}

package fr.bocage.account;

import fr.bocage.platform.error.TooManyRequests;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.Views;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/** What the account pages share: their views, and the short page that tells what happened. */
public final class AccountPages {
    private AccountPages() {
    }

    /** A page with a form: it gets the session's CSRF token. */
    public static void form(String view, Record page, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        CsrfToken.expose(request);
        Views.render("account/" + view, page, request, response);
    }

    /**
     * The notice page: title and text under the keys {@code <notice>.title} and {@code <notice>.text} of the
     * portal's bundle; {@code <notice>} also picks the links and forms it offers next.
     */
    public static void notice(String notice, int status, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setStatus(status);
        form("notice", new NoticePage(notice), request, response);
    }

    /** The notice that too many e-mails were asked for: 429, and when to try again. */
    static void mailThrottled(TooManyRequests refusal, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        retryAfter(refusal.retryAfter(), response);
        notice("mail.throttled", 429, request, response);
    }

    static void retryAfter(Duration wait, HttpServletResponse response) {
        response.setHeader("Retry-After", Long.toString(TooManyRequests.seconds(wait)));
    }

    /** 303: after a form, the browser loads the next page with a GET (a reload does not post again). */
    public static void seeOther(String location, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }
}

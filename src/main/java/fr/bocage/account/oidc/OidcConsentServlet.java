package fr.bocage.account.oidc;

import fr.bocage.account.AccountPages;
import fr.bocage.platform.Messages;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * The consent page of a first single sign-on: the provider vouched for the person, but nobody has accepted
 * Bocage's terms of use for the account yet. Until they tick the box, no account is created and no one is logged
 * in; the provider's answer waits in the session (one at a time, like the flow itself).
 */
@WebServlet(Routes.OIDC_CONSENT)
public class OidcConsentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String PENDING = "bocage.oidcConsent";

    @Inject
    OidcSignOn signOn;

    /** Keeps the provider's answer until the person consents; the caller sends the browser to {@link #Routes.OIDC_CONSENT}. */
    static void await(HttpSession session, OidcLogin.Answer answer) {
        session.setAttribute(PENDING, answer);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        OidcLogin.Answer answer = pending(request);
        if (answer == null) {
            expired(request, response);
        } else {
            show(answer, FormFeedback.NONE, request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        OidcLogin.Answer answer = pending(request);
        if (answer == null) {
            expired(request, response);
        } else if (request.getParameter("acceptTerms") == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            show(answer, FormFeedback.fields(Map.of("acceptTerms", Messages.get("sso.consent.required"))), request,
                    response);
        } else {
            request.getSession().removeAttribute(PENDING);
            try {
                signOn.logIn(answer.identity(), Instant.now(), request);
                AccountPages.seeOther(answer.returnTo(), response);
            } catch (OidcRefusal refusal) {
                OidcLoginServlet.refused(refusal, request, response);
            }
        }
    }

    private static OidcLogin.Answer pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PENDING) instanceof OidcLogin.Answer answer ? answer : null;
    }

    /** No answer waits in this session: already used, or the session expired meanwhile. */
    private static void expired(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        AccountPages.notice(OidcRefusal.Reason.EXPIRED.notice(), OidcRefusal.Reason.EXPIRED.status, request, response);
    }

    private static void show(OidcLogin.Answer answer, FormFeedback feedback, HttpServletRequest request,
                             HttpServletResponse response) throws ServletException, IOException {
        AccountPages.form("sso-consent", new SsoConsentPage(feedback, answer.identity().email()), request, response);
    }
}

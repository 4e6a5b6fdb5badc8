package fr.bocage.account.oidc;

import fr.bocage.account.AccountPages;
import fr.bocage.account.LoginServlet;
import fr.bocage.platform.web.LocalPath;
import fr.bocage.platform.web.Routes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Single sign-on, inside Bocage's own login: {@value #Routes.OIDC_START} sends the browser to the provider, which sends it back
 * to {@value OidcSettings#RETURN_PATH}; the account is then logged in like after the login form (a new session id,
 * the login in the session), once the person has accepted the terms of use ({@link OidcConsentServlet}). Answers 404 while single sign-on is off.
 */
@WebServlet({Routes.OIDC_START, Routes.OIDC_RETURN})
public class OidcLoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OidcLoginServlet.class.getName());

    @Inject
    OidcSettings settings;

    @Inject
    OidcLogin login;

    @Inject
    OidcSignOn signOn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!settings.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            if (Routes.OIDC_START.equals(request.getServletPath())) {
                String returnTo = LocalPath.orElse(request.getParameter(LoginServlet.RETURN), "/");
                response.sendRedirect(login.start(request.getSession(true), returnTo).toString());
            } else {
                OidcLogin.Answer answer = login.finish(request);
                if (signOn.logIn(answer.identity(), null, request)) {
                    AccountPages.seeOther(answer.returnTo(), response);
                } else {
                    OidcConsentServlet.await(request.getSession(), answer);
                    AccountPages.seeOther(Routes.OIDC_CONSENT, response);
                }
            }
        } catch (OidcRefusal refusal) {
            refused(refusal, request, response);
        }
    }

    /** The refusal's French page; the log gets the detail. */
    static void refused(OidcRefusal refusal, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        // Cancelled or expired flows are the person's business; the others may need the operator.
        Level level = refusal.reason.status < 500 ? Level.INFO : Level.WARNING;
        LOG.log(level, "Single sign-on refused (" + refusal.reason + "): " + refusal.getMessage(), refusal.getCause());
        AccountPages.notice(refusal.reason.notice(), refusal.reason.status, request, response);
    }
}

package fr.bocage.account;

import fr.bocage.platform.web.LocalPath;
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
 * Single sign-on, inside Bocage's own login: {@value #START} sends the browser to the provider, which sends it back
 * to {@value OidcSettings#RETURN_PATH}; the account is then logged in like after the login form (a new session id,
 * the login in the session). Answers 404 while single sign-on is off.
 */
@WebServlet({OidcLoginServlet.START, OidcSettings.RETURN_PATH})
public class OidcLoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OidcLoginServlet.class.getName());
    static final String START = "/connexion/oidc";

    @Inject
    OidcSettings settings;

    @Inject
    OidcLogin login;

    @Inject
    OidcAccounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!settings.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            if (START.equals(request.getServletPath())) {
                String returnTo = LocalPath.orElse(request.getParameter(LoginServlet.RETURN), "/");
                response.sendRedirect(login.start(request.getSession(true), returnTo).toString());
            } else {
                OidcLogin.Answer answer = login.finish(request);
                Account account = accountFor(answer.identity());
                SessionLogin.start(request, account.getUsername());
                AccountPages.seeOther(answer.returnTo(), response);
            }
        } catch (OidcRefusal refusal) {
            // Cancelled or expired flows are the person's business; the others may need the operator.
            Level level = refusal.reason.status < 500 ? Level.INFO : Level.WARNING;
            LOG.log(level, "Single sign-on refused (" + refusal.reason + "): " + refusal.getMessage(), refusal.getCause());
            AccountPages.notice(refusal.reason.notice(), refusal.reason.status, request, response);
        }
    }

    /**
     * Two first logins of one person at once (two tabs, a double click) both try to create the account: the one
     * that loses tries again in a new transaction, and finds the account the other created.
     *
     * <p>If the name is still taken then, it is by an account that bears the address as its user name but not as
     * its address. Bocage makes none (administrators' user names cannot hold an {@code @}), but an older or
     * imported one is not taken over: nobody checked that the mailbox's owner is the person it was made for, and
     * its roles may be a moderator's or an administrator's. Its holder logs in with its password.
     */
    private Account accountFor(OidcIdentity identity) throws OidcRefusal {
        try {
            return accounts.accountFor(identity);
        } catch (AccountTaken e) {
            try {
                return accounts.accountFor(identity);
            } catch (AccountTaken again) {
                throw new OidcRefusal(OidcRefusal.Reason.TAKEN, "an account is named " + identity.email()
                        + " without having it as its address", again);
            }
        }
    }
}

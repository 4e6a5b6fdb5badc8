package fr.bocage.account;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.TooManyRequests;
import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.LocalPath;
import fr.bocage.platform.web.Routes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The login page. The password is checked by {@link BocageAuthenticationMechanism} (with the throttle), which keeps
 * the login in the session; this page only asks and then sends the person back where they were going.
 */
@WebServlet(Routes.LOGIN)
public class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String RETURN = "retour";
    private static final int MAX_LOGIN = 320;

    @Inject
    SecurityContext security;

    @Inject
    Instance<ExternalLogin> externalLogins;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        showForm(FormFeedback.NONE, request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String login = request.getParameter("login");
        String password = request.getParameter("password");
        Map<String, String> missing = new LinkedHashMap<>();
        if (login == null || login.isBlank() || login.length() > MAX_LOGIN) {
            missing.put("login", Messages.get("login.login.required"));
        }
        if (password == null || password.isEmpty()) {
            missing.put("password", Messages.get("login.password.required"));
        }
        if (!missing.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            showForm(FormFeedback.fields(missing), request, response);
            return;
        }
        // Logins are e-mail addresses (stored lower case) or administrators' lower-case user names.
        UsernamePasswordCredential credential = new UsernamePasswordCredential(
                login.strip().toLowerCase(Locale.ROOT), password);
        AuthenticationStatus status = security.authenticate(request, response,
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            AccountPages.seeOther(LocalPath.orElse(request.getParameter(RETURN), "/"), response);
            return;
        }
        FormFeedback feedback;
        if (request.getAttribute(BocageAuthenticationMechanism.RETRY_AFTER) instanceof Duration wait) {
            response.setStatus(429);
            AccountPages.retryAfter(wait, response);
            feedback = new FormFeedback(null, "login.throttled", TooManyRequests.minutes(wait), null);
        } else {
            response.setStatus(HttpServletResponse.SC_OK);
            feedback = FormFeedback.key("login.refused");
        }
        showForm(feedback, request, response);
    }

    private void showForm(FormFeedback feedback, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String returnTo = LocalPath.orElse(request.getParameter(RETURN), null);
        ExternalLogin.LoginButton sso = externalLogins.stream().map(login -> login.loginButton(returnTo))
                .flatMap(Optional::stream).findFirst().orElse(null);
        AccountPages.form("login", new LoginPage(feedback, returnTo, sso), request, response);
    }
}

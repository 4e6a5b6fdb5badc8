package fr.bocage.account;

import fr.bocage.catalog.WorkflowService;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.TooManyRequests;
import fr.bocage.platform.web.ClientAddresses;
import fr.bocage.platform.web.CsrfFilter;
import fr.bocage.platform.web.JsonErrors;
import fr.bocage.platform.web.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The one way in, for API clients and portal visitors alike:
 * <ol>
 * <li>the login page's {@code SecurityContext.authenticate} with a user name and password: checked, then kept in the
 * HTTP session ({@link SessionLogin});</li>
 * <li>HTTP Basic for API clients, without forcing a challenge on anonymous readers: a request with credentials is
 * authenticated (or refused with 401 if they are wrong);</li>
 * <li>a portal session: the account is read again (through {@link ActiveAccounts}) so that a disabled account or new
 * roles apply at once;</li>
 * <li>otherwise the request stays anonymous and the role checks decide; a protected page sends the visitor to the
 * login page, a protected API call gets the Basic challenge.</li>
 * </ol>
 * Password checks go through {@link LoginThrottle}: too many failures and the next tries are refused for a while.
 */
@ApplicationScoped
public class BocageAuthenticationMechanism implements HttpAuthenticationMechanism {
    static final String CHALLENGE = "Basic realm=\"Bocage\", charset=\"UTF-8\"";
    /** Set on the request when a login was refused by the throttle: how long to wait (a {@link Duration}). */
    public static final String RETRY_AFTER = "bocage.retryAfter";
    private static final String BASIC_OUTCOME = "bocage.basicOutcome";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    ActiveAccounts activeAccounts;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    DeviceCookies devices;

    @Inject
    WorkflowService workflow;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        AuthenticationParameters parameters = context.getAuthParameters();
        if (context.isAuthenticationRequest() && parameters != null
                && parameters.getCredential() instanceof UsernamePasswordCredential credential) {
            return formLogin(credential, context);
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim(), context);
        }
        Optional<CurrentUser> user = SessionLogin.of(request)
                .flatMap(login -> activeAccounts.find(login.username(), login.since()));
        if (user.isPresent()) {
            request.setAttribute(CurrentUser.ATTRIBUTE, user.get().forRequest(workflow::waiting));
            return context.notifyContainerAboutLogin(user.get().getUsername(), user.get().roles());
        }
        SessionLogin.forget(request);
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return isApi(request) ? challenge(context) : context.redirect(loginPageFor(request));
    }

    private AuthenticationStatus formLogin(UsernamePasswordCredential credential, HttpMessageContext context) {
        HttpServletRequest request = context.getRequest();
        LoginThrottle.Attempt attempt = attempt(credential, request);
        Optional<Duration> wait = throttle.retryAfter(attempt);
        if (wait.isPresent()) {
            request.setAttribute(RETRY_AFTER, wait.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = check(credential, attempt);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        devices.remember(request, context.getResponse(), credential.getCaller());
        SessionLogin.start(request, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Liberty may ask twice for one request (the web container, then the role check of a JAX-RS resource): the
     * outcome is kept on the request, so that a wrong password counts once and its answer is written once.
     */
    private AuthenticationStatus basic(String encoded, HttpMessageContext context) {
        HttpServletRequest request = context.getRequest();
        Object earlier = request.getAttribute(BASIC_OUTCOME);
        if (earlier instanceof CredentialValidationResult valid) {
            request.setAttribute(CsrfFilter.AUTHENTICATED_BY_HEADER, Boolean.TRUE);
            return context.notifyContainerAboutLogin(valid);
        }
        if (earlier != null) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.setAttribute(BASIC_OUTCOME, Boolean.FALSE);
        UsernamePasswordCredential credential = decode(encoded);
        if (credential == null) {
            return challenge(context);
        }
        LoginThrottle.Attempt attempt = attempt(credential, request);
        Optional<Duration> wait = throttle.retryAfter(attempt);
        if (wait.isPresent()) {
            HttpServletResponse response = context.getResponse();
            response.setHeader("Retry-After", Long.toString(TooManyRequests.seconds(wait.get())));
            JsonErrors.write(response, 429, "Too Many Requests", Messages.format("login.throttled", TooManyRequests.minutes(wait.get())));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = check(credential, attempt);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(context);
        }
        request.setAttribute(BASIC_OUTCOME, result);
        request.setAttribute(CsrfFilter.AUTHENTICATED_BY_HEADER, Boolean.TRUE);
        return context.notifyContainerAboutLogin(result);
    }

    /** Who tries, from where: the client's address, and the device if the browser logged into this account before. */
    private LoginThrottle.Attempt attempt(UsernamePasswordCredential credential, HttpServletRequest request) {
        return new LoginThrottle.Attempt(credential.getCaller(), clientAddresses.of(request),
                devices.deviceOf(request, credential.getCaller()));
    }

    /** The password check, with its outcome counted by the throttle. */
    private CredentialValidationResult check(UsernamePasswordCredential credential, LoginThrottle.Attempt attempt) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(attempt);
        } else {
            throttle.failed(attempt);
        }
        return result;
    }

    /** A 401 with a JSON body like every other API error, so that a client can show why. */
    private static AuthenticationStatus challenge(HttpMessageContext context) {
        HttpServletResponse response = context.getResponse();
        response.setHeader("WWW-Authenticate", CHALLENGE);
        JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", Messages.get("error.http.401"));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The login page, with the way back to the page asked for. */
    private static String loginPageFor(HttpServletRequest request) {
        String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return Routes.LOGIN + "?retour=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

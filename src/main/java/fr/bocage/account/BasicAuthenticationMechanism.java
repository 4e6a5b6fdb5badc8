package fr.bocage.account;

import fr.bocage.platform.ApiError;
import fr.bocage.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Base64;

/**
 * HTTP Basic for API clients, without forcing a challenge on anonymous readers: a request with credentials is
 * authenticated (or refused with 401 if they are wrong); a request without stays anonymous, and the role checks
 * of the resources decide.
 */
@ApplicationScoped
public class BasicAuthenticationMechanism implements HttpAuthenticationMechanism {
    private static final Jsonb JSONB = JsonbBuilder.create();
    static final String CHALLENGE = "Basic realm=\"Bocage\", charset=\"UTF-8\"";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.isProtected() ? challenge(context) : context.doNothing();
        }
        UsernamePasswordCredential credential = decode(header.substring(6).trim());
        if (credential == null) {
            return challenge(context);
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(context);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** A 401 with a JSON body like every other API error, so that a client can show why. */
    private static AuthenticationStatus challenge(HttpMessageContext context) {
        HttpServletResponse response = context.getResponse();
        response.setHeader("WWW-Authenticate", CHALLENGE);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(JSONB.toJson(new ApiError(401, "Unauthorized",
                    Messages.get("error.http.401"), null, List.of())));
        } catch (IOException e) {
            // The status and the challenge are what matters; the body is a courtesy.
        }
        return AuthenticationStatus.SEND_FAILURE;
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

package fr.bocage.account.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.UserInfoSuccessResponse;
import com.nimbusds.openid.connect.sdk.claims.ClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import fr.bocage.account.oidc.OidcRefusal.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The authorization-code flow of OpenID Connect, on Nimbus' SDK: the request (state, nonce, PKCE with S256), then
 * the provider's answer (state checked, code exchanged for tokens, ID token validated, e-mail read).
 */
@ApplicationScoped
public class OidcLogin {
    private static final String PENDING = "bocage.oidcLogin";
    private static final int MAX_NAME = 200;

    @Inject
    OidcSettings settings;

    @Inject
    OidcProvider provider;

    /**
     * What the browser's session keeps between the request and the answer. One flow per session: starting another
     * (a second tab) replaces it, and the first answer is then refused as expired.
     */
    record Pending(String state, String nonce, String codeVerifier, String returnTo) implements Serializable {
    }

    /** The person the provider vouched for, and the local path they were going to; kept while they consent. */
    record Answer(OidcIdentity identity, String returnTo) implements Serializable {
    }

    /** @return the provider's address to send the browser to */
    URI start(HttpSession session, String returnTo) throws OidcRefusal {
        OIDCProviderMetadata metadata = provider.get().metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        session.setAttribute(PENDING, new Pending(state.getValue(), nonce.getValue(), verifier.getValue(), returnTo));
        return new AuthenticationRequest.Builder(ResponseType.CODE, settings.scope(), settings.clientId(),
                settings.redirectUri())
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /**
     * The provider's answer: a GET, so out of the CSRF filter's reach. The state check is this page's protection
     * against forgery: only the browser that started the flow holds its state, so a link made by someone else (to
     * log a victim into the attacker's account, say) is refused. The flow is used once, whatever the outcome.
     */
    Answer finish(HttpServletRequest request) throws OidcRefusal {
        Pending pending = take(request.getSession(false));
        if (pending == null || !pending.state().equals(request.getParameter("state"))) {
            throw new OidcRefusal(Reason.EXPIRED, pending == null ? "no login under way in this session"
                    : "the state does not match the login under way");
        }
        AuthenticationResponse response = parse(request);
        if (!response.indicatesSuccess()) {
            throw new OidcRefusal(Reason.CANCELLED, "the provider answered "
                    + response.toErrorResponse().getErrorObject().toJSONObject());
        }
        OidcProvider.Provider known = provider.get();
        OIDCTokens tokens = exchange(known.metadata(), response.toSuccessResponse().getAuthorizationCode(), pending);
        IDTokenClaimsSet claims = validate(known, tokens.getIDToken(), new Nonce(pending.nonce()));
        return new Answer(identity(claims, tokens.getAccessToken(), known), pending.returnTo());
    }

    private static Pending take(HttpSession session) {
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return null;
        }
        session.removeAttribute(PENDING);
        return pending;
    }

    private AuthenticationResponse parse(HttpServletRequest request) throws OidcRefusal {
        Map<String, List<String>> parameters = request.getParameterMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Arrays.asList(e.getValue())));
        try {
            return AuthenticationResponseParser.parse(settings.redirectUri(), parameters);
        } catch (ParseException e) {
            throw new OidcRefusal(Reason.INVALID, "unreadable answer from the provider", e);
        }
    }

    private OIDCTokens exchange(OIDCProviderMetadata metadata, AuthorizationCode code, Pending pending)
            throws OidcRefusal {
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, settings.redirectUri(),
                new CodeVerifier(pending.codeVerifier()));
        URI endpoint = metadata.getTokenEndpointURI();
        TokenRequest request = settings.clientSecret()
                .map(secret -> new TokenRequest(endpoint, authentication(metadata, secret), grant))
                .orElseGet(() -> new TokenRequest(endpoint, settings.clientId(), grant));
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(send(request.toHTTPRequest()));
        } catch (ParseException e) {
            throw new OidcRefusal(Reason.INVALID, "unreadable token response", e);
        }
        if (!response.indicatesSuccess()) {
            throw new OidcRefusal(Reason.INVALID, "token request refused: "
                    + response.toErrorResponse().getErrorObject().toJSONObject());
        }
        if (!(response.toSuccessResponse() instanceof OIDCTokenResponse oidc)) {
            throw new OidcRefusal(Reason.INVALID, "the token response has no ID token");
        }
        return oidc.getOIDCTokens();
    }

    /** The client secret as the provider takes it: in the Authorization header (the default) or in the form. */
    private ClientAuthentication authentication(OIDCProviderMetadata metadata, Secret secret) {
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        boolean postOnly = methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        return postOnly ? new ClientSecretPost(settings.clientId(), secret)
                : new ClientSecretBasic(settings.clientId(), secret);
    }

    private static IDTokenClaimsSet validate(OidcProvider.Provider known, JWT idToken, Nonce nonce)
            throws OidcRefusal {
        return verified("ID token", () -> known.validator().validate(idToken, nonce));
    }

    /** A check of something the provider signed. */
    private interface SignatureCheck<T> {
        T run() throws BadJOSEException, JOSEException;
    }

    /** The check's result; keys that cannot be fetched make the provider unavailable, anything else invalid. */
    private static <T> T verified(String what, SignatureCheck<T> check) throws OidcRefusal {
        try {
            return check.run();
        } catch (KeySourceException e) {
            throw new OidcRefusal(Reason.UNAVAILABLE, "the provider's keys could not be fetched", e);
        } catch (BadJOSEException | JOSEException e) {
            throw new OidcRefusal(Reason.INVALID, "invalid " + what, e);
        }
    }

    /**
     * The e-mail, its verification and the name from the ID token; what it lacks is asked of the UserInfo
     * endpoint, whose answer must be about the same subject.
     */
    private OidcIdentity identity(IDTokenClaimsSet claims, AccessToken accessToken, OidcProvider.Provider known)
            throws OidcRefusal {
        List<ClaimsSet> sources = List.of(claims);
        URI endpoint = known.metadata().getUserInfoEndpointURI();
        if ((claims.getStringClaim("email") == null || claims.getClaim("email_verified") == null)
                && endpoint != null) {
            UserInfo info = userInfo(endpoint, accessToken, known.userInfo());
            if (!claims.getSubject().equals(info.getSubject())) {
                throw new OidcRefusal(Reason.INVALID, "UserInfo is about another subject: " + info.getSubject());
            }
            sources = List.of(claims, info);
        }
        String email = first(sources, "email");
        if (email == null || email.isBlank() || email.length() > 320 || !email.contains("@")) {
            throw new OidcRefusal(Reason.INVALID, "no usable e-mail address from the provider: " + email);
        }
        Object verified = sources.stream().map(s -> s.getClaim("email_verified")).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return new OidcIdentity(email, emailVerified(verified, settings.trustsProviderEmails()), name(sources));
    }

    /**
     * @param claim   {@code email_verified} as the provider sent it, null when it did not
     * @param trusted whether the operator trusts every address this provider releases (ProConnect sends no
     *                {@code email_verified}); an explicit {@code false} is believed all the same
     */
    static boolean emailVerified(Object claim, boolean trusted) {
        if (claim == null) {
            return trusted;
        }
        // A boolean by the specification; a few providers send the string "true".
        return Boolean.TRUE.equals(claim) || "true".equals(claim);
    }

    private UserInfo userInfo(URI endpoint, AccessToken accessToken, SignedUserInfo signed) throws OidcRefusal {
        UserInfoResponse response;
        try {
            response = UserInfoResponse.parse(send(new UserInfoRequest(endpoint, accessToken).toHTTPRequest()));
        } catch (ParseException e) {
            throw new OidcRefusal(Reason.INVALID, "unreadable UserInfo response", e);
        }
        if (!response.indicatesSuccess()) {
            throw new OidcRefusal(Reason.INVALID, "UserInfo refused: "
                    + response.toErrorResponse().getErrorObject().toJSONObject());
        }
        UserInfoSuccessResponse success = response.toSuccessResponse();
        if (success.getUserInfo() != null) {
            return success.getUserInfo();
        }
        return verified("signed UserInfo", () -> signed.validate(success.getUserInfoJWT()));
    }

    private static HTTPResponse send(HTTPRequest request) throws OidcRefusal {
        OidcProvider.withTimeouts(request);
        try {
            return request.send();
        } catch (IOException e) {
            throw new OidcRefusal(Reason.UNAVAILABLE, "no answer from " + request.getURI(), e);
        }
    }

    /** {@code name}, else the given and family names (ProConnect calls the latter {@code usual_name}). */
    private static String name(List<ClaimsSet> sources) {
        String name = first(sources, "name");
        if (name == null || name.isBlank()) {
            String family = first(sources, "family_name");
            name = Stream.of(first(sources, "given_name"), family != null ? family : first(sources, "usual_name"))
                    .filter(n -> n != null && !n.isBlank()).map(String::strip).collect(Collectors.joining(" "));
        }
        name = name.strip();
        return name.isEmpty() ? null : name.substring(0, Math.min(name.length(), MAX_NAME));
    }

    private static String first(List<ClaimsSet> sources, String claim) {
        return sources.stream().map(s -> s.getStringClaim(claim)).filter(Objects::nonNull).findFirst().orElse(null);
    }
}

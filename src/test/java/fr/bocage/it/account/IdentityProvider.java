package fr.bocage.it.account;

import com.nimbusds.jwt.SignedJWT;
import fr.bocage.it.Api;
import fr.bocage.it.Token;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;

/**
 * The OpenID Connect provider of the IT server (mock-oauth2-server, in the test JVM, on {@code it.oidc.port}, issuer
 * {@value #ISSUER_ID}). Started once for every test class: its signing key lives as long as it does, and the IT
 * server keeps the keys it fetched. It lets anyone in, as whoever {@link #nextLogin} says.
 */
public final class IdentityProvider {
    public static final int PORT = Integer.getInteger("it.oidc.port", 8089);
    public static final String ISSUER_ID = "default";
    public static final String ISSUER = "http://localhost:" + PORT + "/" + ISSUER_ID;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** ID tokens to answer Bocage's next token requests with, instead of the provider's own. */
    private static final Queue<String> FORGED = new ConcurrentLinkedQueue<>();
    /** UserInfo answers to give Bocage's next UserInfo requests as JWTs, as ProConnect does. */
    private static final Queue<String> USER_INFO_JWTS = new ConcurrentLinkedQueue<>();
    private static MockOAuth2Server server;

    private IdentityProvider() {
    }

    private static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server(new ForgedTokens(), new UserInfoJwts());
            server.start(InetAddress.getLoopbackAddress(), PORT);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server;
    }

    /** The next login at the provider gives an ID token about {@code subject} with these claims (email…). */
    public static void nextLogin(String subject, Map<String, Object> claims) {
        nextLogin(subject, 3600, claims);
    }

    /** @param lifetime of the tokens, in seconds: negative for tokens that have already expired */
    public static void nextLogin(String subject, long lifetime, Map<String, Object> claims) {
        server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", null, claims, lifetime));
    }

    /** An ID token signed by the provider, as it would issue it for {@code issuerId}. */
    public static SignedJWT idToken(String issuerId, String audience, Map<String, Object> claims, long lifetime) {
        return server().issueToken(issuerId, "sub-" + Token.next(), audience, claims, lifetime);
    }

    /**
     * The next request to the provider, which must be Bocage's token request, gets this ID token instead of the
     * provider's own: for tokens that validation must refuse.
     */
    public static void nextTokenResponse(String idToken) {
        server();
        FORGED.add(idToken);
    }

    /** Answers a token request with the next forged ID token, while there is one; the provider answers the rest. */
    private static final class ForgedTokens implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return "POST".equals(request.getMethod()) && request.getUrl().encodedPath().endsWith("/token")
                    && !FORGED.isEmpty();
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String body = "{\"access_token\":\"" + Token.next() + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                    + "\"id_token\":\"" + FORGED.remove() + "\"}";
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, body, null);
        }
    }

    /** A UserInfo answer about {@code subject} for {@code audience}, signed by the provider like its ID tokens. */
    public static SignedJWT userInfo(String subject, String audience, Map<String, Object> claims) {
        return server().issueToken(ISSUER_ID, subject, audience, claims, 3600);
    }

    /** The next UserInfo request gets this JWT ({@code application/jwt}) instead of the provider's JSON. */
    public static void nextUserInfo(String jwt) {
        server();
        USER_INFO_JWTS.add(jwt);
    }

    private static final class UserInfoJwts implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return request.getUrl().encodedPath().endsWith("/userinfo") && !USER_INFO_JWTS.isEmpty();
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/jwt"), 200, USER_INFO_JWTS.remove(),
                    null);
        }
    }

    /** The browser at the provider's authorization endpoint: where the provider sends it back to. */
    public static String authorize(String authorizationRequest) {
        server();
        return Api.send(CLIENT, HttpRequest.newBuilder(URI.create(authorizationRequest)).GET()).expect(302)
                .header("Location").orElseThrow();
    }
}

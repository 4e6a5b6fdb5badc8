package fr.bocage.it.account;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static fr.bocage.it.account.IdentityProvider.ISSUER_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import fr.bocage.it.Api;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Concurrently;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Person;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Single sign-on with OpenID Connect against a real provider (mock-oauth2-server): accounts found or created by
 * verified e-mail, and every way the provider's answer can be refused.
 */
class SingleSignOnIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();
    private static final String START = "/connexion/oidc";
    private static final String CONSENT = "/connexion/oidc/consentement";

    private static String nextLogin(String email, boolean verified, String name) {
        String subject = "sub-" + Token.next();
        IdentityProvider.nextLogin(subject, Map.of("email", email, "email_verified", verified, "name", name));
        return subject;
    }

    @Test
    void theLoginPageOffersTheProviderAndKeepsTheWayBack() {
        String page = Api.get("/connexion?retour=%2Fmon-espace").expect(200).text();
        assertTrue(page.contains("Se connecter avec Fournisseur de test"), page);
        assertTrue(page.contains("href=\"/connexion/oidc?retour=%2Fmon-espace\""), page);

        Map<String, String> request = query(new WebSession().get(START).expect(302).header("Location").orElseThrow());
        assertEquals("code", request.get("response_type"));
        assertEquals("bocage-it", request.get("client_id"));
        assertEquals(Api.BASE + "/connexion/oidc/retour", request.get("redirect_uri"));
        assertEquals("S256", request.get("code_challenge_method"));
        assertTrue(request.get("scope").contains("openid") && request.get("scope").contains("email"), request::toString);
        assertTrue(request.containsKey("state") && request.containsKey("nonce") && request.containsKey("code_challenge"),
                request::toString);
    }

    @Test
    void aFirstLoginCreatesAContributorAndTheNextOneReusesIt() {
        String email = "sso." + Token.next() + "@example.org";
        String name = "Dominique " + Token.next();
        nextLogin(email.toUpperCase(), true, name);
        WebSession browser = new WebSession();
        assertEquals(CONSENT, location(browser.signOn(START + "?retour=%2Fmon-espace").expect(303)));
        String consent = browser.get(CONSENT).expect(200).text();
        assertTrue(consent.contains("avec l'adresse " + email.toUpperCase()), consent);
        assertTrue(consent.contains("href=\"/mentions-legales\"") && consent.contains("name=\"acceptTerms\"")
                && consent.contains("name=\"_csrf\""), consent);
        assertEquals(Optional.empty(), account(email), "no account before the consent");
        browser.post(CONSENT, Map.of("acceptTerms", "oui")).expect(403); // without the page's CSRF token
        Answer unticked = browser.submit(CONSENT, CONSENT, Map.of()).expect(400);
        assertTrue(unticked.text().contains("Cochez la case pour accepter les conditions"), unticked.text());
        assertTrue(unticked.text().contains("aria-describedby=\"acceptTerms-error\"")
                && unticked.text().contains("<a href=\"#acceptTerms\">"), "the box's own error, linked from the summary");
        assertFalse(browser.get("/").text().contains(name), "not logged in before the consent");

        Answer landed = browser.submit(CONSENT, CONSENT, Map.of("acceptTerms", "oui")).expect(303);
        assertEquals("/mon-espace", location(landed));
        browser.get(CONSENT).expect(400); // used once
        assertTrue(browser.get("/").expect(200).text().contains(name), "the header shows the name");
        browser.get("/mon-espace").expect(200);

        JsonObject account = account(email).orElseThrow();
        assertEquals("[\"contributor\"]", account.getJsonArray("roles").toString());
        assertTrue(account.getBoolean("emailVerified"));
        assertEquals(IdentityProvider.ISSUER, account.getString("singleSignOnIssuer"));
        assertTrue(account.containsKey("termsAcceptedAt"), "the consent's instant is kept");

        nextLogin(email, true, "Un autre nom");
        WebSession again = new WebSession();
        again.signOn(START).expect(303);
        assertTrue(again.get("/").text().contains(name), "the same account, under the name it was given");
        assertEquals(1, Api.get("/api/admin/accounts", ADMIN).expect(200).jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(a -> email.equals(a.getString("email", null))).count());
    }

    @Test
    void theAddressOfARegisteredAccountLogsIntoThatAccount() {
        Person person = Person.fresh().registeredAndConfirmed(MAIL);
        nextLogin(person.email(), true, "Nom chez le fournisseur");
        WebSession browser = new WebSession();
        browser.signOn(START).expect(303);
        assertTrue(browser.get("/").text().contains(person.name()));
        assertFalse(account(person.email()).orElseThrow().containsKey("singleSignOnIssuer"));
        new WebSession().login(person.email(), person.password()).expect(303); // the password still works
    }

    @Test
    void anUnconfirmedRegistrationIsConfirmedAndLosesItsPassword() {
        Person squatter = Person.fresh(); // registered someone else's address with a password of their own
        Api.post("/api/accounts", ANONYMOUS, squatter.registration()).expect(201);
        nextLogin(squatter.email(), true, "La vraie personne");
        WebSession owner = new WebSession();
        consented(owner, owner.signOn(START)); // the squatter's consent is not the owner's
        assertTrue(account(squatter.email()).orElseThrow().getBoolean("emailVerified"));
        Answer refused = new WebSession().login(squatter.email(), squatter.password()).expect(200);
        assertTrue(refused.text().contains("Adresse e-mail ou mot de passe incorrect"), refused.text());
    }

    @Test
    void twoFirstLoginsAtOnceShareTheAccountTheFirstCreates() throws Exception {
        for (int round = 0; round < 3; round++) {
            String email = "double." + Token.next() + "@example.org";
            List<WebSession> browsers = List.of(new WebSession(), new WebSession());
            List<String> returns = new ArrayList<>();
            for (WebSession browser : browsers) {
                nextLogin(email, true, "Double clic");
                returns.add(IdentityProvider.authorize(browser.get(START).expect(302).header("Location").orElseThrow()));
            }
            for (int i = 0; i < 2; i++) {
                assertEquals(CONSENT, location(browsers.get(i).back(returns.get(i)).expect(303)));
            }
            List<Integer> statuses = Concurrently.run(2,
                    i -> browsers.get(i).submit(CONSENT, CONSENT, Map.of("acceptTerms", "oui")).status());
            assertEquals(List.of(303, 303), statuses);
            for (WebSession browser : browsers) {
                assertTrue(browser.get("/").text().contains("Double clic"), "both are logged in");
            }
            assertTrue(account(email).isPresent());
        }
    }

    @Test
    void anUnverifiedAddressIsNeverUsed() {
        String email = "non-verifiee." + Token.next() + "@example.org";
        nextLogin(email, false, "Sans vérification");
        Answer refused = new WebSession().signOn(START).expect(403);
        assertTrue(refused.text().contains("Adresse e-mail non vérifiée"), refused.text());
        assertEquals(Optional.empty(), account(email), "no account created");

        Person person = Person.fresh().registeredAndConfirmed(MAIL);
        nextLogin(person.email(), false, person.name());
        WebSession browser = new WebSession();
        browser.signOn(START).expect(403);
        assertFalse(browser.get("/").text().contains(person.name()), "not linked to the existing account");
    }

    @Test
    void aDisabledAccountStaysClosed() {
        String email = "fermee." + Token.next() + "@example.org";
        nextLogin(email, true, "Compte fermé");
        WebSession browser = new WebSession();
        consented(browser, browser.signOn(START));
        Api.put("/api/admin/accounts/" + email + "/enabled", Json.createObjectBuilder().add("enabled", false).build())
                .expect(200);
        nextLogin(email, true, "Compte fermé");
        assertTrue(new WebSession().signOn(START).expect(403).text().contains("Compte désactivé"));
    }

    /**
     * The ID token must be signed by the provider's key, and name the provider, this client, this login's nonce and
     * a time to come; the same token with all that right is taken, so each refusal is for its one fault.
     */
    @Test
    void anIdTokenIsCheckedBeforeAnythingElse() throws JOSEException {
        String email = "jeton." + Token.next() + "@example.org";
        Map<String, Function<String, String>> forged = new LinkedHashMap<>();
        forged.put("another issuer", nonce -> IdentityProvider.idToken(ISSUER_ID, "bocage-it", Map.of("nonce", nonce,
                "iss", "http://localhost:" + IdentityProvider.PORT + "/autre", "email", email, "email_verified", true),
                3600).serialize());
        forged.put("another client", nonce -> idToken("autre-client", nonce, 3600).serialize());
        forged.put("another login's nonce", nonce -> idToken("bocage-it", "autre", 3600).serialize());
        forged.put("expired", nonce -> idToken("bocage-it", nonce, -600).serialize());
        RSAKey stranger = new RSAKeyGenerator(2048).generate();
        forged.put("signed by another key", nonce -> resigned(idToken("bocage-it", nonce, 3600), stranger));
        for (Map.Entry<String, Function<String, String>> token : forged.entrySet()) {
            Answer refused = signOnWith(token.getValue()).expect(502);
            assertTrue(refused.text().contains("Connexion impossible"), token.getKey() + ": " + refused.text());
        }
        assertEquals(Optional.empty(), account(email));

        Answer accepted = signOnWith(nonce -> IdentityProvider.idToken(ISSUER_ID, "bocage-it", Map.of("nonce", nonce,
                "email", email, "email_verified", true), 3600).serialize()).expect(303);
        assertEquals(CONSENT, location(accepted), "the token is taken: on to the consent page");
    }

    /**
     * ProConnect's way: the ID token without the address, UserInfo as a JWT signed by the provider, and no
     * {@code email_verified} (the IT server sets bocage.oidc.trust-provider-emails). Each forgery is refused.
     */
    @Test
    void aSignedUserInfoIsCheckedAndTrustedAddressesNeedNoEmailVerified() throws JOSEException {
        String email = "proconnect." + Token.next() + "@example.org";
        String subject = "sub-" + Token.next();
        Map<String, Object> claims = Map.of("email", email, "given_name", "Camille", "usual_name", "Martin");
        RSAKey stranger = new RSAKeyGenerator(2048).generate();
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("another subject", IdentityProvider.userInfo("sub-autre", "bocage-it", claims).serialize());
        forged.put("another client", IdentityProvider.userInfo(subject, "autre-client", claims).serialize());
        forged.put("another issuer", IdentityProvider.userInfo(subject, "bocage-it", Map.of("email", email,
                "iss", "http://localhost:" + IdentityProvider.PORT + "/autre")).serialize());
        forged.put("signed by another key", resigned(IdentityProvider.userInfo(subject, "bocage-it", claims), stranger));
        forged.put("not signed", new PlainJWT(new JWTClaimsSet.Builder().subject(subject).issuer(IdentityProvider.ISSUER)
                .audience("bocage-it").claim("email", email).build()).serialize());
        for (Map.Entry<String, String> userInfo : forged.entrySet()) {
            IdentityProvider.nextLogin(subject, Map.of());
            IdentityProvider.nextUserInfo(userInfo.getValue());
            Answer refused = new WebSession().signOn(START).expect(502);
            assertTrue(refused.text().contains("Connexion impossible"), userInfo.getKey() + ": " + refused.text());
        }
        assertEquals(Optional.empty(), account(email));

        IdentityProvider.nextLogin(subject, Map.of());
        IdentityProvider.nextUserInfo(IdentityProvider.userInfo(subject, "bocage-it", claims).serialize());
        WebSession browser = new WebSession();
        consented(browser, browser.signOn(START));
        assertTrue(browser.get("/").text().contains("Camille Martin"));
        assertTrue(account(email).orElseThrow().getBoolean("emailVerified"));
    }

    private static SignedJWT idToken(String audience, String nonce, long lifetime) {
        return IdentityProvider.idToken(ISSUER_ID, audience, Map.of("nonce", nonce,
                "email", "jeton." + Token.next() + "@example.org", "email_verified", true), lifetime);
    }

    /** The same header and claims, signed by {@code key} (under the provider's key id). */
    private static String resigned(SignedJWT token, RSAKey key) {
        try {
            SignedJWT copy = new SignedJWT(token.getHeader(), token.getJWTClaimsSet());
            copy.sign(new RSASSASigner(key));
            return copy.serialize();
        } catch (JOSEException | ParseException e) {
            throw new AssertionError(e);
        }
    }

    /** A login whose token request gets the ID token made from the login's nonce. */
    private static Answer signOnWith(Function<String, String> idToken) {
        WebSession browser = new WebSession();
        String request = browser.get(START).expect(302).header("Location").orElseThrow();
        String back = IdentityProvider.authorize(request);
        IdentityProvider.nextTokenResponse(idToken.apply(query(request).get("nonce")));
        return browser.back(back);
    }

    /**
     * The way back carries a code and a state; it only works in the browser that started the login, once: a link
     * made by someone else (login CSRF), a forged state or a replay is refused.
     */
    @Test
    void theWayBackWorksOnlyInTheBrowserThatLeftAndOnce() {
        String email = "attaquant." + Token.next() + "@example.org";
        nextLogin(email, true, "Attaquant");
        WebSession attacker = new WebSession();
        String back = IdentityProvider.authorize(attacker.get(START).expect(302).header("Location").orElseThrow());

        WebSession victim = new WebSession();
        Answer refused = victim.back(back).expect(400);
        assertTrue(refused.text().contains("Demande de connexion expirée"), refused.text());
        victim.get(START).expect(302);
        victim.back(back).expect(400); // a login under way, but not this one
        assertFalse(victim.get("/").text().contains("Attaquant"));

        attacker.back(back).expect(303);
        attacker.back(back).expect(400); // once
    }

    @Test
    void theProvidersRefusalIsExplained() {
        WebSession browser = new WebSession();
        String state = query(browser.get(START).expect(302).header("Location").orElseThrow()).get("state");
        Answer cancelled = browser.get("/connexion/oidc/retour?error=access_denied&state=" + state).expect(403);
        assertTrue(cancelled.text().contains("Connexion annulée"), cancelled.text());
    }

    /** A first sign-on stops at the consent page; ticking its box ends it. */
    private static void consented(WebSession browser, Answer returned) {
        assertEquals(CONSENT, location(returned.expect(303)));
        browser.submit(CONSENT, CONSENT, Map.of("acceptTerms", "oui")).expect(303);
    }

    private static String location(Answer answer) {
        return answer.header("Location").orElseThrow().replace(Api.BASE, "");
    }

    private static Optional<JsonObject> account(String email) {
        return Api.get("/api/admin/accounts", ADMIN).expect(200).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> email.equalsIgnoreCase(a.getString("email", ""))).findFirst();
    }

    private static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&")).map(p -> p.split("=", 2)).collect(
                Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}

package fr.bocage.it.account;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Concurrently;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Person;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Accounts over HTTP against the IT server, e-mails included (GreenMail): registration and its confirmation link,
 * login and logout, password reset, throttling, CSRF, and what administrators change.
 */
class AccountIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();
    private static final String CONFIRM = "/inscription/confirmer";

    @Test
    void aRegisteredPersonLogsInOnlyOnceTheAddressIsConfirmed() {
        Person person = Person.fresh();
        JsonObject account = Api.post("/api/accounts", ANONYMOUS, person.registration()).expect(201).json();
        assertEquals(person.email(), account.getString("username"));
        assertEquals(List.of("contributor"), account.getJsonArray("roles").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList());
        assertFalse(account.getBoolean("emailVerified"));

        Api.get("/api/admin/accounts", person.basic()).expectError(401);
        WebSession browser = new WebSession();
        Answer refused = browser.login(person.email(), person.password()).expect(200);
        assertTrue(refused.text().contains("compte pas encore ouvert"), refused.text());

        String link = Mailbox.link(MAIL, person.email(), CONFIRM);
        assertTrue(link.startsWith(Api.BASE + "/inscription/confirmer?jeton="), link);
        String path = Mailbox.linkPath(MAIL, person.email(), CONFIRM);
        assertTrue(browser.get(path).expect(200).text().contains("Adresse confirmée"));
        assertTrue(browser.get(path).expect(400).text().contains("Lien invalide ou expiré"), "the link works once");

        Answer loggedIn = browser.login(person.email().toUpperCase(), person.password()).expect(303);
        assertEquals("/", loggedIn.header("Location").orElseThrow().replace(Api.BASE, ""));
        String home = browser.get("/").expect(200).text();
        assertTrue(home.contains(person.name()), "the header shows the name");
        assertTrue(home.contains("href=\"/mon-espace\""));
        assertFalse(home.contains("href=\"/moderation\""), "contributors do not moderate");

        browser.submit("/", "/deconnexion", Map.of()).expect(303);
        assertFalse(browser.get("/").expect(200).text().contains(person.name()));
        Api.get("/api/admin/accounts", person.basic()).expectError(403); // known now, but no administrator
    }

    @Test
    void aNewLinkReplacesTheFormerOne() {
        Person person = Person.fresh();
        Api.post("/api/accounts", ANONYMOUS, person.registration()).expect(201);
        Mailbox.links(MAIL, person.email(), CONFIRM, 1);

        WebSession browser = new WebSession();
        String answer = browser.submit("/inscription/envoyee", "/inscription/renvoyer", Map.of("email", person.email()))
                .expect(200).text();
        assertTrue(answer.contains("Si un compte attend une confirmation"), answer);
        List<String> links = Mailbox.links(MAIL, person.email(), CONFIRM, 2);

        browser.get(Mailbox.pathOf(links.get(0))).expect(400);
        browser.get(Mailbox.pathOf(links.get(1))).expect(200);
    }

    @Test
    void badRegistrationsAreRefusedWithFrenchMessages() {
        Person person = Person.fresh();
        Api.post("/api/accounts", ANONYMOUS, person.registration()).expect(201);
        JsonObject duplicate = Api.post("/api/accounts", ANONYMOUS, Json.createObjectBuilder(person.registration())
                .add("email", person.email().toUpperCase()).build()).expectError(409);
        assertTrue(duplicate.getString("message").startsWith("Un compte existe déjà avec cette adresse"), duplicate::toString);

        JsonObject invalid = Api.post("/api/accounts", ANONYMOUS, Json.createObjectBuilder()
                .add("name", "Dominique").add("email", "pas-une-adresse").add("organisation", "Mairie")
                .add("territory", "bretagne").add("password", "court").build()).expectError(400);
        String details = invalid.getJsonArray("details").toString();
        assertTrue(details.contains("acceptTerms : l'acceptation des conditions d'utilisation est obligatoire"), details);
        assertTrue(details.contains("email : l'adresse e-mail n'est pas valide"), details);
        assertTrue(details.contains("password : le mot de passe doit compter entre 12 et 200 caractères"), details);

        // A name of several lines would write lines of the sender's choosing into the confirmation e-mail.
        JsonObject lines = Api.post("/api/accounts", ANONYMOUS, Json.createObjectBuilder(Person.fresh().registration())
                .add("name", "Dominique\r\nCliquez sur http://evil.example pour confirmer").add("organisation", "Mairie\u202E")
                .build()).expectError(400);
        String refused = lines.getJsonArray("details").toString();
        assertTrue(refused.contains("name : ce champ tient sur une ligne"), refused);
        assertTrue(refused.contains("organisation : ce champ tient sur une ligne"), refused);

        JsonObject territory = Api.post("/api/accounts", ANONYMOUS, Json.createObjectBuilder(Person.fresh()
                .registration()).add("territory", "atlantide").build()).expectError(400);
        assertTrue(territory.getString("message").contains("atlantide"), territory::toString);

        Answer page = new WebSession().submit("/inscription", "/inscription",
                Map.of("name", "Dominique", "email", Person.fresh().email(), "territory", "bretagne",
                        "password", "douze-caracteres!")).expect(400);
        assertTrue(page.text().contains("la structure est obligatoire"), page.text());
        assertTrue(page.text().contains("l&#039;acceptation des conditions d&#039;utilisation est obligatoire"),
                page.text());
    }

    @Test
    void twoRegistrationsOfOneAddressAtOnceGiveOneAccountAndAConflict() throws Exception {
        for (int round = 0; round < 5; round++) {
            Person person = Person.fresh();
            List<Integer> statuses = Concurrently.run(2,
                    i -> Api.post("/api/accounts", ANONYMOUS, person.registration()).status());
            assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), "round " + round);
        }
    }

    @Test
    void aForgottenPasswordIsReplacedThroughTheEmailedLink() {
        Person person = Person.fresh().registeredAndConfirmed(MAIL);
        WebSession browser = new WebSession();
        String known = browser.submit("/mot-de-passe-oublie", "/mot-de-passe-oublie", Map.of("email", person.email()))
                .expect(200).text();
        String unknown = browser.submit("/mot-de-passe-oublie", "/mot-de-passe-oublie",
                Map.of("email", "personne-" + Token.next() + "@example.org")).expect(200).text();
        assertEquals(main(known), main(unknown), "the answer does not tell whether the address has an account");

        String link = Mailbox.linkPath(MAIL, person.email(), "/nouveau-mot-de-passe");
        String token = link.substring(link.indexOf("jeton=") + 6);
        String newPassword = "un-tout-nouveau-mot-de-passe";
        browser.submit(link, "/nouveau-mot-de-passe", Map.of("jeton", token, "password", newPassword,
                "confirmation", newPassword + "!")).expect(400);
        assertTrue(browser.submit(link, "/nouveau-mot-de-passe", Map.of("jeton", token, "password", newPassword,
                "confirmation", newPassword)).expect(200).text().contains("Mot de passe modifié"));

        Api.get("/api/admin/accounts", person.basic()).expectError(401);
        Api.get("/api/admin/accounts", Caller.account(person.email(), newPassword)).expectError(403);
        browser.get(link).expect(400);
    }

    @Test
    void repeatedFailuresSuspendTheAccountForAWhile() {
        String username = "lent-" + Token.next();
        Caller right = Api.createAccount(username, "contributor");
        Caller wrong = Caller.account(username, "pas-le-bon-mot-de-passe");
        for (int i = 0; i < 5; i++) {
            Api.get("/api/admin/accounts", wrong).expectError(401);
        }
        Answer throttled = Api.get("/api/admin/accounts", wrong);
        JsonObject error = throttled.expectError(429);
        assertTrue(error.getString("message").startsWith("Trop de tentatives de connexion"), error::toString);
        assertTrue(Long.parseLong(throttled.header("Retry-After").orElseThrow()) > 0);
        Api.get("/api/admin/accounts", right).expectError(429); // even the right password waits

        Answer page = new WebSession().login(username, Api.passwordOf(username)).expect(429);
        assertTrue(page.text().contains("Trop de tentatives de connexion ont échoué"), page.text());
        Api.get("/api/admin/accounts", ADMIN).expect(200); // others are not concerned
    }

    @Test
    void anInboxGetsOnlyAFewEmailsAnHour() {
        String email = "inondee-" + Token.next() + "@example.org";
        WebSession browser = new WebSession();
        for (int i = 0; i < 3; i++) {
            browser.submit("/mot-de-passe-oublie", "/mot-de-passe-oublie", Map.of("email", email)).expect(200);
        }
        Answer page = browser.submit("/mot-de-passe-oublie", "/mot-de-passe-oublie", Map.of("email", email))
                .expect(429);
        assertTrue(page.text().contains("Trop d&#039;e-mails demandés"), page.text());
        assertTrue(Long.parseLong(page.header("Retry-After").orElseThrow()) > 0);

        Answer api = Api.post("/api/accounts", ANONYMOUS, Json.createObjectBuilder(Person.fresh().registration())
                .add("email", email.toUpperCase()).build());
        JsonObject error = api.expectError(429);
        assertTrue(error.getString("message").startsWith("Trop d'e-mails ont été demandés pour cette adresse"),
                error::toString);
        assertTrue(Long.parseLong(api.header("Retry-After").orElseThrow()) > 3000, "the quota is an hour's");

        browser.submit("/mot-de-passe-oublie", "/mot-de-passe-oublie",
                Map.of("email", "autre-" + Token.next() + "@example.org")).expect(200);
        // An address that has an account answers the same once its quota is spent: 429, not « already taken » (21 #6).
        Person known = Person.fresh();
        Api.post("/api/accounts", ANONYMOUS, known.registration()).expect(201);
        for (int i = 0; i < 2; i++) {
            browser.submit("/mot-de-passe-oublie", "/mot-de-passe-oublie", Map.of("email", known.email())).expect(200);
        }
        Api.post("/api/accounts", ANONYMOUS, known.registration()).expectError(429);
    }

    @Test
    void stateChangingRequestsNeedTheSessionsToken() {
        String target = "cible-" + Token.next();
        Api.createAccount(target, "contributor");
        WebSession admin = new WebSession();
        admin.login("admin", Api.ADMIN_PASSWORD).expect(303);

        Answer forged = admin.post("/admin/comptes", Map.of("username", target, "action", "disable")).expect(403);
        assertTrue(forged.text().contains("Ce formulaire a été refusé"), forged.text());
        admin.submit("/admin/comptes", "/admin/comptes", Map.of("username", target, "action", "disable",
                "confirm", "oui")).expect(303);
        assertFalse(enabled(target));
        new WebSession().post("/connexion", Map.of("login", "admin", "password", "x")).expect(403);

        String enable = "{\"enabled\":true}";
        JsonObject refused = admin.api("PUT", "/api/admin/accounts/" + target + "/enabled", enable, false)
                .expectError(403);
        assertTrue(refused.getString("message").contains("X-CSRF-Token"), refused::toString);
        admin.api("PUT", "/api/admin/accounts/" + target + "/enabled", enable, true).expect(200);
        assertTrue(enabled(target));
        String other = "{\"username\":\"autre-" + Token.next() + "\",\"password\":\"douze-caracteres\","
                + "\"roles\":[\"trainer\"]}";
        admin.api("POST", "/api/admin/accounts", other, false).expectError(403);
        admin.api("POST", "/api/admin/accounts", other, true).expect(201);
        Api.put("/api/admin/accounts/" + target + "/enabled", Json.createObjectBuilder().add("enabled", false).build())
                .expect(200); // HTTP Basic: no cookie, no token needed
    }

    /** Issue 20: the list is searched by words and role, and disabling is confirmed first, with or without script. */
    @Test
    void administratorsFindAnAccountAndConfirmBeforeDisablingIt() {
        String target = "cherchee-" + Token.next();
        Api.createAccount(target, "trainer");
        WebSession admin = new WebSession();
        admin.login("admin", Api.ADMIN_PASSWORD).expect(303);

        String found = admin.get("/admin/comptes?q=" + target.toUpperCase()).expect(200).text();
        assertTrue(found.contains(">Un compte<") && found.contains(target), found);
        assertTrue(found.contains("data-confirm=\"Désactiver le compte de " + target + " ?"), "the dialog's question");
        assertEquals(1, rows(found), "only what was looked for");
        String byRole = admin.get("/admin/comptes?q=" + target + "&filtre-role=moderator").expect(200).text();
        assertTrue(byRole.contains("Aucun compte trouvé") && rows(byRole) == 0, byRole);
        assertTrue(admin.get("/admin/comptes?filtre-role=trainer").expect(200).text().contains(target));

        String list = "/admin/comptes?q=" + target + "&filtre-role=";
        Map<String, String> disable = Map.of("username", target, "action", "disable");
        String asked = admin.submit(list, list, disable).expect(200).text();
        assertTrue(asked.contains("Désactiver le compte de " + target + " ?"), asked);
        assertTrue(asked.contains("name=\"confirm\" value=\"oui\"") && asked.contains("value=\"" + target + "\""),
                "the page posts the same fields again, with the answer");
        assertTrue(enabled(target), "nothing is done before the confirmation");

        Map<String, String> confirmed = new HashMap<>(disable);
        confirmed.put("confirm", "oui");
        String back = admin.submit(list, list, confirmed).expect(303).header("Location").orElseThrow();
        assertTrue(back.endsWith("/admin/comptes?q=" + target + "&filtre-role=&modifie=" + target), back);
        assertFalse(enabled(target));
    }

    @Test
    void administratorsChangeRolesAndStateWhichApplyAtOnce() {
        String username = "role-" + Token.next();
        Api.createAccount(username, "contributor");
        WebSession person = new WebSession();
        person.login(username, Api.passwordOf(username)).expect(303);
        assertFalse(person.get("/").text().contains("href=\"/moderation\""));

        JsonObject changed = Api.put("/api/admin/accounts/" + username + "/roles", Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("contributor").add("moderator")).build()).expect(200).json();
        assertEquals("[\"contributor\",\"moderator\"]", changed.getJsonArray("roles").toString());
        assertTrue(person.get("/").text().contains("href=\"/moderation\""), "the open session has the new role");

        Api.put("/api/admin/accounts/" + username + "/enabled", Json.createObjectBuilder().add("enabled", false).build())
                .expect(200);
        assertFalse(person.get("/").text().contains(username), "a disabled account's session is over");
        Api.get("/api/admin/accounts", Caller.account(username, Api.passwordOf(username))).expectError(401);

        Api.put("/api/admin/accounts/" + username + "/roles", Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("chef")).build()).expectError(400);
        Api.put("/api/admin/accounts/inconnu-" + Token.next() + "/enabled",
                Json.createObjectBuilder().add("enabled", true).build()).expectError(404);
        JsonObject self = Api.put("/api/admin/accounts/admin/roles", Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("moderator")).build()).expectError(409);
        assertTrue(self.getString("message").contains("votre propre rôle"), self::toString);
        Api.put("/api/admin/accounts/admin/enabled", Json.createObjectBuilder().add("enabled", false).build())
                .expectError(409);
        JsonObject admin = Api.get("/api/admin/accounts", ADMIN).expect(200).jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getString("username").equals("admin")).findFirst().orElseThrow();
        assertTrue(admin.getBoolean("enabled"));
        assertEquals("[\"admin\"]", admin.getJsonArray("roles").toString());
    }

    @Test
    void theSessionCookieIsOutOfReachOfScriptsAndChangesAtLogin() {
        String username = "cookie-" + Token.next();
        Api.createAccount(username, "contributor");
        WebSession browser = new WebSession();
        String before = sessionCookie(browser.get("/connexion").expect(200));
        assertTrue(before.contains("HttpOnly"), before);
        assertTrue(before.contains("SameSite=Lax"), before);
        assertFalse(before.contains("Secure"), "plain HTTP on localhost by default: " + before);
        assertFalse(Api.get("/").header("Set-Cookie").isPresent(), "reading the portal sets no cookie");

        String after = sessionCookie(browser.login(username, Api.passwordOf(username)).expect(303));
        assertFalse(sessionId(after).equals(sessionId(before)), "a new session id at login: " + before + " / " + after);
    }

    private static String sessionCookie(Answer answer) {
        return answer.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + answer.raw().headers()));
    }

    private static String sessionId(String cookie) {
        return cookie.substring(0, cookie.indexOf(';'));
    }

    @Test
    void theWayBackAfterLoginStaysOnTheSite() {
        String username = "retour-" + Token.next();
        Api.createAccount(username, "contributor");
        for (Map.Entry<String, String> way : Map.of("/recherche?q=haies", "/recherche?q=haies",
                "//evil.example/x", "/", "https://evil.example/", "/").entrySet()) {
            Answer answer = new WebSession().submit("/connexion", "/connexion", Map.of("login", username,
                    "password", Api.passwordOf(username), "retour", way.getKey())).expect(303);
            assertEquals(Api.BASE + way.getValue(), absolute(answer.header("Location").orElseThrow()), way.getKey());
        }
        Answer anonymous = Api.get("/admin/comptes").expect(302);
        assertTrue(anonymous.header("Location").orElseThrow().endsWith("/connexion?retour=%2Fadmin%2Fcomptes"),
                anonymous.header("Location")::get);
    }

    private static String absolute(String location) {
        return location.startsWith("/") ? Api.BASE + location : location;
    }

    private static boolean enabled(String username) {
        return Api.get("/api/admin/accounts", ADMIN).expect(200).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(username)).findFirst().orElseThrow().getBoolean("enabled");
    }

    /** The accounts listed on a page of /admin/comptes. */
    private static long rows(String page) {
        return page.split("<tr id=\"compte-", -1).length - 1;
    }

    /** The page's main content, without what differs between two pages (the CSRF token). */
    private static String main(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }
}

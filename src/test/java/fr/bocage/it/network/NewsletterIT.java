package fr.bocage.it.network;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Person;
import fr.bocage.it.Token;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The newsletter against the running server: double opt-in (nothing before the confirmation, a single-use link), an
 * issue composed from what was published (never an unpublished item), a test to oneself, the sending to confirmed
 * subscribers by theme with its progress, the e-mails read back as MIME (both parts, RFC 8058 headers, absolute
 * links), the one-click unsubscribe and that nothing more is sent after it, the archive.
 */
class NewsletterIT {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    private static String seasoned;

    /** A token of the subscription form old enough to be accepted: taken once, then waited for. */
    static synchronized String seasoned() throws InterruptedException {
        if (seasoned == null) {
            seasoned = Api.get("/api/newsletter/token").expect(200).json().getString("token");
            Thread.sleep(3_200);
        }
        return seasoned;
    }

    private static String address(String who) {
        return who + "-" + Token.next() + "@exemple.fr";
    }

    private static Api.Answer subscribe(String email, String... themes) throws InterruptedException {
        JsonArrayBuilder chosen = Json.createArrayBuilder();
        for (String theme : themes) {
            chosen.add(theme);
        }
        return Api.post("/api/newsletter/subscriptions", ANONYMOUS, Json.createObjectBuilder().add("email", email)
                .add("themes", chosen).add("consent", true).add("token", seasoned()).build());
    }

    /** Subscribes and confirms through the e-mailed link; returns the address. */
    static String confirmed(GreenMailExtension mail, String who, String... themes) throws InterruptedException {
        String email = address(who);
        subscribe(email, themes).expect(202);
        confirm(tokenOf(Mailbox.link(mail, email, "/lettre/confirmation"))).expect(200);
        return email;
    }

    private static Api.Answer confirm(String token) {
        return Api.post("/api/newsletter/subscriptions/confirm", ANONYMOUS,
                Json.createObjectBuilder().add("token", token).build());
    }

    private static String tokenOf(String link) {
        String query = URI.create(link).getRawQuery();
        return URLDecoder.decode(query.substring(query.indexOf("jeton=") + 6), StandardCharsets.UTF_8);
    }

    static List<MimeMessage> to(GreenMailExtension mail, String email) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            for (Address recipient : message.getAllRecipients()) {
                if (recipient.toString().equalsIgnoreCase(email)) {
                    found.add(message);
                }
            }
        }
        return found;
    }

    static List<MimeMessage> issuesTo(GreenMailExtension mail, String email, String subject) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : to(mail, email)) {
            if (message.getSubject().contains(subject)) {
                found.add(message);
            }
        }
        return found;
    }

    /** Waits for the e-mail with that subject to that address. */
    static MimeMessage awaitIssue(GreenMailExtension mail, String email, String subject) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (true) {
            List<MimeMessage> found = issuesTo(mail, email, subject);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no « " + subject + " » to " + email);
            }
            Thread.sleep(250);
        }
    }

    static long publish(String title, String theme) {
        return Api.create(Api.Form.text(Token.next() + ".txt", title + " : texte du document.")
                .field("title", title).field("summary", "Résumé de " + title).field("theme", theme)
                .field("territory", "bretagne").field("type", "guide"));
    }

    private static Caller moderatorWithAnAddress(Person person) {
        person.registeredAndConfirmed(MAIL);
        Api.put("/api/admin/accounts/" + person.email() + "/roles", ADMIN, Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("moderator")).build()).expect(200);
        return person.basic();
    }

    static JsonObject compose(Caller animator) {
        return Api.post("/api/newsletter/issues", animator, Json.createObjectBuilder().build()).expect(201).json();
    }

    /** The id of the item of that resource in an issue. */
    static long itemOf(JsonObject issue, long resourceId) {
        for (JsonValue item : issue.getJsonArray("items")) {
            if (item.asJsonObject().getJsonNumber("resourceId").longValue() == resourceId) {
                return item.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("resource " + resourceId + " not proposed in " + issue);
    }

    static boolean proposes(JsonObject issue, long resourceId) {
        return issue.getJsonArray("items").stream()
                .anyMatch(i -> i.asJsonObject().getJsonNumber("resourceId").longValue() == resourceId);
    }

    static JsonObject sendAndWait(long issueId, Caller animator) {
        Api.post("/api/newsletter/issues/" + issueId + "/send", animator).expect(202);
        Api.poll("/api/newsletter/issues/" + issueId, animator,
                a -> a.status() == 200 && "sent".equals(a.json().getString("status")), Duration.ofMinutes(3));
        return Api.get("/api/newsletter/issues/" + issueId + "/progress", animator).expect(200).json();
    }

    static String part(MimeMessage message, String type) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    @Test
    void nothingIsSentBeforeTheConfirmationWhoseLinkWorksOnceAndTheAnswerNeverTellsWhoSubscribes() throws Exception {
        String email = address("lea");
        JsonObject first = subscribe(email, "water").expect(202).json();
        String link = Mailbox.link(MAIL, email, "/lettre/confirmation");
        assertEquals(1, to(MAIL, email).size(), "the confirmation only");
        assertTrue(link.startsWith(Api.BASE) || link.startsWith("http"), link);
        // Text and HTML, the same link in both: the HTML's a button-like anchor, escaped.
        MimeMessage confirmation = to(MAIL, email).get(0);
        assertTrue(confirmation.getContentType().startsWith("multipart/alternative"), confirmation.getContentType());
        assertEquals(2, ((Multipart) confirmation.getContent()).getCount());
        assertTrue(part(confirmation, "text/plain").contains(link), part(confirmation, "text/plain"));
        String html = part(confirmation, "text/html");
        Matcher href = HREF.matcher(html);
        assertTrue(href.find(), html);
        assertEquals(link, href.group(1).replace("&amp;", "&"));
        assertFalse(href.find(), "one link only: " + html);
        assertTrue(html.contains(">Confirmer mon abonnement</a>"), html);

        // The link's page asks for a click (mail scanners follow links): it confirms nothing by itself.
        String page = Api.get(Mailbox.pathOf(link)).expect(200).text();
        assertTrue(page.contains("Confirmer mon abonnement"), page);
        String token = tokenOf(link);
        confirm(token).expect(200);
        JsonObject again = confirm(token).expectError(404);
        assertTrue(again.getString("message").contains("déjà servi"), again.toString());
        confirm("inconnu").expectError(404);

        // Subscribing again: the same answer, an e-mail that says so, no second confirmation link.
        JsonObject second = subscribe(email, "water").expect(202).json();
        assertEquals(first, second);
        long deadline = System.currentTimeMillis() + 60_000;
        while (to(MAIL, email).size() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        MimeMessage reminder = to(MAIL, email).get(1);
        assertTrue(reminder.getSubject().contains("déjà abonné"), reminder.getSubject());
        assertTrue(reminder.getHeader("List-Unsubscribe", null).contains("/lettre/desabonnement?jeton="));
    }

    @Test
    void refusalsAreClearAndSayWhy() throws Exception {
        JsonObject noConsent = Api.post("/api/newsletter/subscriptions", ANONYMOUS, Json.createObjectBuilder()
                .add("email", address("x")).add("consent", false).add("token", seasoned()).build()).expectError(400);
        assertTrue(noConsent.toString().contains("accord"), noConsent.toString());
        JsonObject unknownTheme = subscribe(address("x"), "astrologie").expectError(400);
        assertTrue(unknownTheme.toString().contains("thème"), unknownTheme.toString());
        String fresh = Api.get("/api/newsletter/token").expect(200).json().getString("token");
        JsonObject fast = Api.post("/api/newsletter/subscriptions", ANONYMOUS, Json.createObjectBuilder()
                .add("email", address("x")).add("consent", true).add("token", fresh).build()).expectError(400);
        assertTrue(fast.getString("message").contains("trop vite"), fast.toString());
        JsonObject trap = Api.post("/api/newsletter/subscriptions", ANONYMOUS, Json.createObjectBuilder()
                .add("email", address("x")).add("consent", true).add("token", seasoned())
                .add("website", "http://spam.example").build()).expectError(400);
        assertTrue(trap.getString("message").contains("robots"), trap.toString());
        // A malformed token is refused; a well-formed one of an address already gone is answered as done (its
        // signature cannot be checked any more, and saying so would tell who left).
        Api.post("/api/newsletter/unsubscribe", ANONYMOUS, Json.createObjectBuilder().add("token", "pas-un-jeton")
                .build()).expectError(404);
    }

    @Test
    void anAnimatorComposesTestsAndSendsByThemeThenOneClickUnsubscribesForGood() throws Exception {
        Person person = Person.fresh();
        Caller animator = moderatorWithAnAddress(person);
        String marker = Token.next();
        long water = publish("Mares et zones humides " + marker, "water");
        long mobility = publish("Vélo et mobilité " + marker, "mobility");
        long withdrawnLater = publish("Guide bientôt retiré " + marker, "water");
        // A contributor's draft is never proposed.
        Caller contributor = Api.createAccount("contributeur-" + Token.next(), "contributor");
        long draft = Api.upload(Api.Form.text(Token.next() + ".txt", "brouillon").field("title", "Brouillon "
                + marker).described(), contributor).expect(201).json().getJsonNumber("id").longValue();

        String forWater = confirmed(MAIL, "eau", "water");
        String forAll = confirmed(MAIL, "tout");
        String forFarming = confirmed(MAIL, "agri", "agriculture-forest-food");
        String pending = address("attente");
        subscribe(pending, "water").expect(202);
        Mailbox.link(MAIL, pending, "/lettre/confirmation");

        JsonObject issue = compose(animator);
        long id = issue.getJsonNumber("id").longValue();
        assertEquals("draft", issue.getString("status"));
        assertTrue(proposes(issue, water) && proposes(issue, mobility) && proposes(issue, withdrawnLater), issue::toString);
        assertFalse(proposes(issue, draft), "an unpublished resource is never proposed");
        String subject = "Lettre " + marker;
        JsonObject edited = Api.put("/api/newsletter/issues/" + id, animator, Json.createObjectBuilder()
                .add("subject", subject).add("editorial", "Bonjour <à> tous,\n\nbonne lecture !")
                .add("items", Json.createArrayBuilder().add(itemOf(issue, mobility)).add(itemOf(issue, water))
                        .add(itemOf(issue, withdrawnLater)))
                .build()).expect(200).json();
        assertEquals(3, edited.getJsonArray("items").size());
        assertEquals(mobility, edited.getJsonArray("items").getJsonObject(0).getJsonNumber("resourceId").longValue());

        // The previews: the HTML e-mail in the browser, and its text part.
        String html = Api.get("/lettre/numeros/" + id + "/apercu", animator).expect(200).text();
        assertTrue(html.contains("Bonjour &lt;à&gt; tous,"), html);
        assertTrue(html.indexOf("Vélo et mobilité") < html.indexOf("Mares et zones humides"), "in the chosen order");
        assertTrue(Api.get("/lettre/numeros/" + id + "/apercu.txt", animator).expect(200).text()
                .contains("Mares et zones humides " + marker));
        Api.get("/lettre/numeros/" + id, animator).expect(200);

        // A test to oneself.
        Api.post("/api/newsletter/issues/" + id + "/test", animator).expect(202);
        MimeMessage test = awaitIssue(MAIL, person.email(), "[Essai] " + subject);
        assertTrue(part(test, "text/plain").contains("Mares et zones humides " + marker));

        // Withdrawn after composing: it never goes out.
        Api.post("/api/resources/" + withdrawnLater + "/withdraw", ADMIN,
                Json.createObjectBuilder().add("message", "Périmé.").build()).expect(200);

        JsonObject progress = sendAndWait(id, animator);
        assertEquals(100, progress.getInt("percent"));
        assertTrue(progress.getInt("sent") >= 2, progress.toString());
        assertTrue(progress.getInt("skipped") >= 1, "the farming subscriber got nothing: " + progress);
        assertEquals(0, progress.getInt("failed"), progress.toString());
        assertEquals(progress.getInt("total"), progress.getInt("processed"));
        Api.post("/api/newsletter/issues/" + id + "/send", animator).expectError(409);
        Api.put("/api/newsletter/issues/" + id, animator, Json.createObjectBuilder().add("subject", "x").build())
                .expectError(409);

        MimeMessage waterMail = awaitIssue(MAIL, forWater, subject);
        MimeMessage allMail = awaitIssue(MAIL, forAll, subject);
        String waterText = part(waterMail, "text/plain");
        assertTrue(waterText.contains("Mares et zones humides " + marker), waterText);
        assertFalse(waterText.contains("Vélo et mobilité"), "not one of their themes: " + waterText);
        assertFalse(waterText.contains("bientôt retiré"), "withdrawn: " + waterText);
        String allHtml = part(allMail, "text/html");
        assertTrue(allHtml.contains("Vélo et mobilité " + marker) && allHtml.contains("Mares et zones humides"));
        assertFalse(allHtml.contains("bientôt retiré"), allHtml);
        assertTrue(allMail.getContentType().startsWith("multipart/alternative"), allMail.getContentType());
        Matcher links = HREF.matcher(allHtml);
        while (links.find()) {
            assertTrue(links.group(1).matches("https?://[^/]+/.*"), "absolute: " + links.group(1));
        }
        Thread.sleep(2_000);
        assertTrue(issuesTo(MAIL, forFarming, subject).isEmpty(), "no item of their theme");
        assertTrue(issuesTo(MAIL, pending, subject).isEmpty(), "never confirmed");
        assertEquals(1, issuesTo(MAIL, forWater, subject).size(), "once");

        // The archive.
        int number = Api.get("/api/newsletter/issues/" + id, animator).json().getInt("number");
        String archived = Api.get("/lettre/" + number).expect(200).text();
        assertTrue(archived.contains("Mares et zones humides " + marker), archived);
        assertFalse(archived.contains("bientôt retiré"), archived);
        assertTrue(Api.get("/lettre").expect(200).text().contains(subject));
        assertTrue(Api.get("/api/newsletter/archive").expect(200).text().contains(subject));

        // One click in the mail client: RFC 8058's post, with no session nor CSRF token.
        String header = waterMail.getHeader("List-Unsubscribe", null);
        assertEquals("List-Unsubscribe=One-Click", waterMail.getHeader("List-Unsubscribe-Post", null));
        String unsubscribe = header.substring(1, header.length() - 1);
        assertTrue(part(waterMail, "text/plain").contains(unsubscribe));
        String path = Mailbox.pathOf(unsubscribe);
        String own = tokenOf(unsubscribe);
        Api.post("/api/newsletter/unsubscribe", ANONYMOUS, Json.createObjectBuilder()
                .add("token", own.substring(0, own.indexOf('.') + 1) + "AAAA").build()).expectError(404);
        assertTrue(Api.get(path).expect(200).text().contains("Me désabonner"), "a GET only shows the button");
        HttpResponse<String> oneClick = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE
                + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, oneClick.statusCode(), oneClick.body());
        assertTrue(Api.get(path).expect(200).text().contains("ne désabonne personne"));

        // The next issue reaches the others, not them.
        long next = publish("Haies bocagères " + marker, "water");
        JsonObject second = compose(animator);
        long secondId = second.getJsonNumber("id").longValue();
        assertTrue(proposes(second, next), second::toString);
        assertFalse(proposes(second, water), "published before the previous issue");
        String secondSubject = "Deuxième " + marker;
        Api.put("/api/newsletter/issues/" + secondId, animator, Json.createObjectBuilder().add("subject", secondSubject)
                .build()).expect(200);
        sendAndWait(secondId, animator);
        awaitIssue(MAIL, forAll, secondSubject);
        Thread.sleep(2_000);
        assertTrue(issuesTo(MAIL, forWater, secondSubject).isEmpty(), "unsubscribed: nothing more");
    }

    @Test
    void aNetworksAnimatorWhoIsAPlainContributorComposesTestsAndSends() throws Exception {
        Person person = Person.fresh().registeredAndConfirmed(MAIL);
        MembershipIT.network(person);
        Caller animator = person.basic();
        String marker = Token.next();
        long resource = publish("Vergers conservatoires " + marker, "biodiversity");
        String reader = confirmed(MAIL, "verger");

        assertEquals(200, Api.get("/lettre/numeros", animator).status());
        assertEquals(200, Api.get("/lettre/numeros/nouveau", animator).status());
        assertTrue(Api.get("/mon-espace/reseaux", animator).expect(200).text().contains("href=\"/lettre/numeros\""),
                "their space links the editor");
        JsonObject issue = compose(animator);
        long id = issue.getJsonNumber("id").longValue();
        assertTrue(proposes(issue, resource), issue::toString);
        String subject = "Lettre du réseau " + marker;
        Api.put("/api/newsletter/issues/" + id, animator, Json.createObjectBuilder().add("subject", subject).build())
                .expect(200);
        Api.get("/lettre/numeros/" + id + "/apercu", animator).expect(200);
        Api.post("/api/newsletter/issues/" + id + "/test", animator).expect(202);
        awaitIssue(MAIL, person.email(), "[Essai] " + subject);
        JsonObject progress = sendAndWait(id, animator);
        assertEquals(100, progress.getInt("percent"), progress.toString());
        assertTrue(part(awaitIssue(MAIL, reader, subject), "text/plain").contains("Vergers conservatoires " + marker));
    }

    @Test
    void onlyAnimatorsComposeAndTheBulkPathIsTheAdministratorsOnly() {
        // A contributor who animates no network: refused, and told why, by the API and by the pages.
        Caller contributor = Api.createAccount("contributeur-" + Token.next(), "contributor");
        JsonObject refused = Api.post("/api/newsletter/issues", contributor, Json.createObjectBuilder().build())
                .expectError(403);
        assertTrue(refused.getString("message").contains("animateurs"), refused.toString());
        Api.get("/api/newsletter/issues", contributor).expectError(403);
        assertEquals(403, Api.get("/lettre/numeros", contributor).status());
        assertEquals(403, Api.get("/lettre/numeros/nouveau", contributor).status());
        Caller trainer = Api.createAccount("formatrice-" + Token.next(), "trainer");
        Api.post("/api/newsletter/issues", trainer, Json.createObjectBuilder().build()).expectError(403);
        // A visitor: asked to sign in.
        Api.post("/api/newsletter/issues", ANONYMOUS, Json.createObjectBuilder().build()).expect(401);
        Api.Answer page = Api.get("/lettre/numeros/nouveau", ANONYMOUS);
        assertEquals(302, page.status());
        assertTrue(page.header("Location").orElseThrow().contains("/connexion"), page.header("Location")::toString);
        Caller moderator = Api.createAccount("moderatrice-" + Token.next(), "moderator");
        Api.post("/api/newsletter/subscribers/bulk", moderator, Json.createObjectBuilder().add("count", 1)
                .add("prefix", "x").build()).expectError(403);
    }
}

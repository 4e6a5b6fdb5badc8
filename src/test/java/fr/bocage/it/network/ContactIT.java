package fr.bocage.it.network;

import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contact form and API against the running server: the message reaches the moderators (no actor exists on this
 * branch: the actors' package provides them) with the visitor as Reply-To, the anti-spam checks refuse visibly, and
 * nothing the visitor gets back names the recipient's address.
 */
class ContactIT {
    /** The IT server's BOCAGE_MODERATION_EMAIL: its default. */
    private static final String MODERATORS = "moderation@bocage.localhost";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    /** A token old enough to post with (the server waits 3 s by default): reused by every test, as a client may. */
    private static String seasoned;

    @BeforeAll
    static void seasonAToken() throws InterruptedException {
        seasoned = Api.get("/api/contact/token").expect(200).json().getString("token");
        Thread.sleep(3_200);
    }

    private static String address(String who) {
        return who + "-" + Token.next() + "@exemple.fr";
    }

    private static JsonObjectBuilder message(String name, String email, String token) {
        return Json.createObjectBuilder().add("name", name).add("email", email)
                .add("organisation", "CPIE Vallée de l'Orne")
                .add("message", "Bonjour, nous cherchons des partenaires pour planter des haies.")
                .add("consent", true).add("token", token);
    }

    private static String first(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertTrue(matcher.find(), () -> pattern + " not in " + html);
        return matcher.group(1);
    }

    /** The e-mail to {@code to} whose subject contains {@code marker}, waiting for it. */
    private static MimeMessage received(String to, String marker) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                for (Address recipient : message.getAllRecipients()) {
                    if (recipient.toString().equalsIgnoreCase(to) && message.getSubject().contains(marker)) {
                        return message;
                    }
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no e-mail to " + to + " about " + marker);
            }
            Thread.sleep(250);
        }
    }

    private static void assertRepliesGoTo(MimeMessage mail, String visitor) throws Exception {
        Address[] replyTo = mail.getReplyTo();
        assertEquals(1, replyTo.length);
        assertEquals(visitor, ((InternetAddress) replyTo[0]).getAddress());
    }

    @Test
    void theFormSendsToTheModeratorsWithTheVisitorAsReplyToAndAnswersWithoutTheirAddress() throws Exception {
        WebSession visitor = new WebSession();
        String page = visitor.get("/contact").expect(200).text();
        assertFalse(page.contains(MODERATORS), "the form never shows the recipient's address");
        assertTrue(page.contains("class=\"contact-trap\""), "the trap field is there, hidden by its class");
        assertTrue(page.contains("<input id=\"name\" name=\"name\""), "the fields are rendered: " + page);
        String name = "Camille " + Token.next();
        String email = address("camille");
        Thread.sleep(3_200);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", first(CSRF, page));
        fields.put("token", first(FORM_TOKEN, page));
        fields.put("name", name);
        fields.put("email", email);
        fields.put("organisation", "");
        fields.put("message", "Bonjour,\nvotre guide des mares est-il disponible en version imprimée ?");
        fields.put("consent", "oui");
        fields.put("website", "");
        Api.Answer sent = visitor.post("/contact", fields);
        assertEquals(302, sent.status(), sent::text);
        String location = sent.header("Location").orElseThrow();
        assertTrue(location.endsWith("/contact/transmis"), location);

        String answer = visitor.get("/contact/transmis").expect(200).text();
        assertTrue(answer.contains("Votre message a été transmis"), answer);
        assertFalse(answer.contains(MODERATORS), answer);

        MimeMessage mail = received(MODERATORS, name);
        assertRepliesGoTo(mail, email);
        String text = mail.getContent().toString();
        assertTrue(text.contains("votre guide des mares est-il disponible"), text);
        assertTrue(text.contains(email), text);
        assertTrue(text.contains("structure : non précisée"), text);
    }

    @Test
    void theApiSendsTheSameWayAndItsAnswerNamesNobody() throws Exception {
        String name = "Erwan " + Token.next();
        String email = address("erwan");
        Api.Answer sent = Api.post("/api/contact", ANONYMOUS, message(name, email, seasoned).build()).expect(202);
        assertEquals("sent", sent.json().getString("status"));
        assertTrue(sent.json().getString("message").contains("Votre message a été transmis"), sent.text());
        assertFalse(sent.text().contains(MODERATORS), sent.text());

        MimeMessage mail = received(MODERATORS, name);
        assertRepliesGoTo(mail, email);
        assertTrue(mail.getContent().toString().contains("CPIE Vallée de l'Orne"));
    }

    @Test
    void theTrapFieldFilledIsRefusedVisiblyOnTheFormAndInTheApi() {
        JsonObject trapped = message("Robot", address("robot"), seasoned).add("website", "http://spam.example").build();
        JsonObject error = Api.post("/api/contact", ANONYMOUS, trapped).expectError(400);
        assertTrue(error.getString("message").contains("robots"), error.toString());

        WebSession robot = new WebSession();
        String page = robot.get("/contact").expect(200).text();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", first(CSRF, page));
        fields.put("token", seasoned);
        fields.put("name", "Robot");
        fields.put("email", address("robot"));
        fields.put("message", "Achetez nos produits, offre exceptionnelle !");
        fields.put("consent", "oui");
        fields.put("website", "http://spam.example");
        Api.Answer refused = robot.post("/contact", fields).expect(400);
        assertTrue(refused.text().contains("Laissez ce champ vide"), refused.text());
        assertTrue(refused.text().contains("role=\"alert\""), refused.text());
    }

    @Test
    void aMessagePostedWithinThreeSecondsOfItsFormIsRefusedVisibly() {
        String fresh = Api.get("/api/contact/token").expect(200).json().getString("token");
        JsonObject error = Api.post("/api/contact", ANONYMOUS, message("Pressé", address("presse"), fresh).build())
                .expectError(400);
        assertTrue(error.getString("message").contains("trop vite"), error.toString());

        WebSession hurried = new WebSession();
        String page = hurried.get("/contact").expect(200).text();
        assertTrue(first(FORM_TOKEN, page).matches("[0-9a-z]+\\.[A-Za-z0-9_-]+"), page);
        // A token issued now, as the page's is: the page itself may take seconds to render (its first compilation).
        String now = Api.get("/api/contact/token").expect(200).json().getString("token");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", first(CSRF, page));
        fields.put("token", now);
        fields.put("name", "Pressé");
        fields.put("email", address("presse"));
        fields.put("message", "Un message envoyé bien trop vite.");
        fields.put("consent", "oui");
        Api.Answer refused = hurried.post("/contact", fields).expect(400);
        assertTrue(refused.text().contains("trop vite"), refused.text());
        assertTrue(refused.text().contains("Un message envoyé bien trop vite."), "what was typed is kept");
    }

    @Test
    void aForgedTokenIsRefused() {
        JsonObject error = Api.post("/api/contact", ANONYMOUS,
                message("Faussaire", address("faux"), "zzzz.AAAA").build()).expectError(400);
        assertTrue(error.getString("message").contains("expiré"), error.toString());
    }

    @Test
    void oneAddressSendsThreeMessagesAnHourThenGets429WithAFrenchMessage() {
        String email = address("bavard");
        for (int i = 0; i < 3; i++) {
            Api.post("/api/contact", ANONYMOUS, message("Bavard " + i, email, seasoned).build()).expect(202);
        }
        Api.Answer refused = Api.post("/api/contact", ANONYMOUS, message("Bavard", email, seasoned).build());
        JsonObject error = refused.expectError(429);
        assertTrue(error.getString("message").contains("Trop de messages"), error.toString());
        assertTrue(Long.parseLong(refused.header("Retry-After").orElseThrow()) > 0);
    }

    @Test
    void missingFieldsAnswer400WithEachFieldsMessage() {
        JsonObject empty = Json.createObjectBuilder().add("name", "").add("email", "pas-une-adresse")
                .add("message", "court").add("consent", false).add("token", seasoned).build();
        JsonObject error = Api.post("/api/contact", ANONYMOUS, empty).expectError(400);
        String details = error.getJsonArray("details").toString();
        assertTrue(details.contains("name : le nom est obligatoire"), details);
        assertTrue(details.contains("email : l'adresse e-mail n'est pas valide"), details);
        assertTrue(details.contains("message : le message doit compter entre 10 et 5000 caractères"), details);
        assertTrue(details.contains("consent : l'accord pour la conservation"), details);

        WebSession visitor = new WebSession();
        String page = visitor.get("/contact").expect(200).text();
        Api.Answer refused = visitor.post("/contact", Map.of("_csrf", first(CSRF, page), "token", seasoned,
                "name", "", "email", "", "message", "")).expect(400);
        String html = refused.text();
        assertTrue(html.contains("id=\"form-errors\""), html);
        assertTrue(html.contains("href=\"#name\""), html);
        assertTrue(html.contains("id=\"consent-error\""), html);
        assertTrue(html.contains("aria-invalid=\"true\""), html);
    }

    @Test
    void anActorThatDoesNotExistAnswers404WithAClearMessage() {
        JsonObject error = Api.post("/api/actors/987654321/contact", ANONYMOUS,
                message("Léa", address("lea"), seasoned).build()).expectError(404);
        assertTrue(error.getString("message").contains("Aucun acteur publié"), error.toString());
        new WebSession().get("/acteurs/987654321/contact").expect(404);
        new WebSession().get("/acteurs/abc/contact").expect(404);
    }

    @Test
    void theFormWithoutItsCsrfTokenIsRefused() {
        new WebSession().post("/contact", Map.of("token", seasoned, "name", "Léa", "email", address("lea"),
                "message", "Un message sans jeton anti-falsification.", "consent", "oui")).expect(403);
    }

    @Test
    void everyPageLinksToTheContactFormInItsFooter() {
        String home = Api.get("/").expect(200).text();
        assertTrue(home.contains("<a href=\"/contact\">Contact</a>"), home);
    }
}

package fr.bocage.it.network;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Person;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A network's mailing list over HTTP: who reads and writes it, the e-mails it sends (read from the test SMTP
 * server: recipients, Reply-To, list headers), the moderated flow, and its attachments, which only the network's
 * members find, by search, page or file address.
 */
public class MailingListIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    private static ListFixture network;
    private static Person author;
    private static Person reader;
    private static Person silent;
    private static Person waiting;
    private static Person outsider;

    @BeforeAll
    static void aNetworkWithItsMembers() {
        network = ListFixture.create(MAIL);
        author = network.member(MAIL, "ACCEPTED", true);
        reader = network.member(MAIL, "ACCEPTED", true);
        silent = network.member(MAIL, "ACCEPTED", false);
        waiting = network.member(MAIL, "PENDING", true);
        outsider = Person.fresh().registeredAndConfirmed(MAIL);
    }

    @Test
    void aMessageReachesTheMembersWhoChoseItAnsweredToItsAuthor() throws Exception {
        String subject = "Sortie haies " + Token.next();
        JsonObject sent = network.write(author.basic(), subject, "Rendez-vous samedi à la mare.").expect(201).json();
        assertEquals("sent", sent.getString("status"));

        for (Person recipient : List.of(author, reader)) {
            MimeMessage mail = received(recipient.email(), subject);
            Address[] replyTo = mail.getReplyTo();
            assertAll(
                    () -> assertEquals(author.email(), ((InternetAddress) replyTo[0]).getAddress()),
                    () -> assertTrue(mail.getHeader("List-Id")[0].contains(network.slug() + ".listes."),
                            () -> header(mail, "List-Id")),
                    () -> assertTrue(header(mail, "List-Unsubscribe")
                            .contains("/reseaux/" + network.slug() + "/liste/desabonnement"), () -> header(mail,
                            "List-Unsubscribe")),
                    () -> assertTrue(mail.getSubject().contains(subject)));
        }
        assertTrue(Mailbox.link(MAIL, reader.email(), "/reseaux/" + network.slug() + "/liste").startsWith(Api.BASE));
        // Those two arrived: the others would have come with them.
        for (Person nobody : List.of(silent, waiting, outsider)) {
            assertTrue(withSubject(nobody.email(), subject).isEmpty(), nobody.email());
        }
    }

    @Test
    void theArchiveIsForThoseInsideTheNetwork() {
        String subject = "Archive " + Token.next();
        network.write(reader.basic(), subject, "Compte rendu de la réunion.").expect(201);
        for (Caller inside : List.of(author.basic(), silent.basic(), network.animator().basic(), ADMIN)) {
            assertTrue(Api.get(network.messages(), inside).expect(200).text().contains(subject));
        }
        Api.get(network.messages(), ANONYMOUS).expect(401);
        Api.get(network.messages(), outsider.basic()).expect(403);
        Api.get(network.messages(), waiting.basic()).expect(403);
        network.write(outsider.basic(), "Intrus", "Bonjour").expect(403);
        network.write(ANONYMOUS, "Intrus", "Bonjour").expect(401);
        network.write(author.basic(), "", "").expect(400);

        String page = "/reseaux/" + network.slug() + "/liste";
        assertTrue(Api.get(page, reader.basic()).expect(200).text().contains(subject));
        Api.get(page, outsider.basic()).expect(403);
        assertTrue(Api.get(page, ANONYMOUS).expect(302).header("Location").orElseThrow().contains("/connexion"));
        Api.get(page + "/moderation", reader.basic()).expect(403);
        Api.get(page + "/moderation", network.animator().basic()).expect(200);
        Api.get("/reseaux-liste/" + network.slug(), reader.basic()).expect(404);
    }

    @Test
    void attachmentsAreSearchableByMembersOnly() {
        String word = "bocagexyz" + Token.next().toLowerCase();
        JsonObject sent = network.write(author.basic(), "Document " + word, "Ci-joint.",
                "compte-rendu-" + word + ".txt", "Compte rendu des plantations " + word + " du réseau.")
                .expect(201).json();
        long id = sent.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
        Api.awaitIndexed();
        Api.poll("/api/search?q=" + word, reader.basic(), a -> a.json().getJsonNumber("total").longValue() == 1,
                Duration.ofSeconds(10));
        assertEquals(0, Api.search("q", word).expect(200).json().getJsonNumber("total").longValue(),
                "a visitor finds nothing");
        assertEquals(0, Api.get("/api/search?q=" + word, outsider.basic()).expect(200).json()
                .getJsonNumber("total").longValue());
        Api.get("/api/resources/" + id + "/file", reader.basic()).expect(200);
        Api.get("/api/resources/" + id + "/file", ANONYMOUS).expect(404);
        Api.get("/api/resources/" + id + "/file", outsider.basic()).expect(404);
        Api.get("/api/resources/" + id, outsider.basic()).expect(404);
        Api.get("/ressources/" + id, ANONYMOUS).expect(404);
        Api.get("/ressources/" + id, outsider.basic()).expect(404);
        assertTrue(Api.get("/ressources/" + id, reader.basic()).expect(200).text().contains(word));
    }

    @Test
    void aModeratedListWaitsForAnAnimator() throws Exception {
        ListFixture moderated = ListFixture.create(MAIL);
        Person member = moderated.member(MAIL, "ACCEPTED", true);
        String settings = "/api/networks/" + moderated.slug() + "/list/settings";
        JsonObject on = Json.createObjectBuilder().add("moderated", true).build();
        Api.put(settings, member.basic(), on).expect(403);
        Api.put(settings, moderated.animator().basic(), on).expect(200);

        String subject = "En attente " + Token.next();
        String word = "maresxyz" + Token.next().toLowerCase();
        JsonObject pending = moderated.write(member.basic(), subject, "À valider.", "note-" + word + ".txt",
                "Note " + word).expect(201).json();
        assertEquals("pending", pending.getString("status"));
        long id = pending.getJsonNumber("id").longValue();
        long attachment = pending.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
        assertFalse(Api.get(moderated.messages(), member.basic()).expect(200).text().contains(subject));
        Api.get(moderated.messages() + "/pending", member.basic()).expect(403);
        assertTrue(Api.get(moderated.messages() + "/pending", moderated.animator().basic()).expect(200).text()
                .contains(subject));
        Api.get("/api/resources/" + attachment + "/file", moderated.animator().basic()).expect(404);

        Api.post(moderated.messages() + "/" + id + "/approve", member.basic()).expect(403);
        assertEquals("sent", Api.post(moderated.messages() + "/" + id + "/approve", moderated.animator().basic())
                .expect(200).json().getString("status"));
        received(member.email(), subject);
        assertTrue(Api.get(moderated.messages(), member.basic()).expect(200).text().contains(subject));
        Api.get("/api/resources/" + attachment + "/file", moderated.animator().basic()).expect(200);
        Api.post(moderated.messages() + "/" + id + "/reject", moderated.animator().basic(),
                Json.createObjectBuilder().build()).expect(409);

        String refused = "Refusé " + Token.next();
        JsonObject second = moderated.write(member.basic(), refused, "Hors sujet.", "autre-" + word + ".txt",
                "Autre " + word).expect(201).json();
        long secondAttachment = second.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
        Api.post(moderated.messages() + "/" + second.getJsonNumber("id") + "/reject", moderated.animator().basic(),
                Json.createObjectBuilder().add("reason", "Hors sujet").build()).expect(200);
        assertFalse(Api.get(moderated.messages(), member.basic()).expect(200).text().contains(refused));
        Api.get("/api/resources/" + secondAttachment, member.basic()).expect(404);
        // The animators write without waiting.
        String own = "Animation " + Token.next();
        assertEquals("sent", moderated.write(moderated.animator().basic(), own, "Bienvenue.").expect(201).json()
                .getString("status"));
        received(member.email(), own);
    }

    /** The pages, as a browser uses them: a member writes with a file, an animator sends a waiting message. */
    @Test
    void membersWriteAndAnimatorsDecideOnThePages() throws Exception {
        ListFixture moderated = ListFixture.create(MAIL);
        Person member = moderated.member(MAIL, "ACCEPTED", true);
        Api.put("/api/networks/" + moderated.slug() + "/list/settings", moderated.animator().basic(),
                Json.createObjectBuilder().add("moderated", true).build()).expect(200);
        String page = "/reseaux/" + moderated.slug() + "/liste";

        WebSession writer = new WebSession();
        writer.login(member.email(), member.password()).expect(303);
        String subject = "Par la page " + Token.next();
        Api.Form form = Api.Form.text("page-" + Token.next() + ".txt", "Une note " + Token.next())
                .field("subject", subject).field("message", "Écrit sur la page.");
        Api.Answer written = writer.send(WebSession.request(page + "?_csrf=" + writer.token())
                .header("Content-Type", form.contentType()).POST(form.publisher()));
        assertTrue(written.expect(302).header("Location").orElseThrow().endsWith(page + "?fait=attente"));
        Api.Answer refused = writer.send(WebSession.request(page + "?_csrf=" + writer.token())
                .header("Content-Type", form.contentType()).POST(Api.Form.text("x.txt", "x").field("subject", "")
                        .field("message", "").publisher()));
        assertTrue(refused.status() == 400 || refused.status() == 403, refused::text);
        Api.Answer forged = writer.send(WebSession.request(page).header("Content-Type", form.contentType())
                .POST(form.publisher()));
        assertEquals(403, forged.status());

        long id = Api.get(moderated.messages() + "/pending", moderated.animator().basic()).expect(200).jsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        WebSession animator = new WebSession();
        animator.login(moderated.animator().email(), moderated.animator().password()).expect(303);
        String moderation = page + "/moderation";
        String question = animator.submit(moderation, moderation, java.util.Map.of("action", "envoyer", "id",
                Long.toString(id))).expect(200).text();
        assertTrue(question.contains("action=\"" + moderation + "\""), question);
        animator.submit(moderation, moderation, java.util.Map.of("action", "envoyer", "id", Long.toString(id),
                "confirm", "oui")).expect(302);
        received(member.email(), subject);
        assertTrue(writer.get(page).expect(200).text().contains(subject));
    }

    private static MimeMessage received(String to, String subject) throws MessagingException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            List<MimeMessage> found = withSubject(to, subject);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no e-mail « " + subject + " » to " + to);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<MimeMessage> withSubject(String to, String subject) {
        List<MimeMessage> found = new ArrayList<>();
        try {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                boolean forThem = false;
                for (Address address : message.getAllRecipients()) {
                    forThem |= address.toString().equalsIgnoreCase(to);
                }
                if (forThem && message.getSubject() != null && message.getSubject().contains(subject)) {
                    found.add(message);
                }
            }
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
        return found;
    }

    private static String header(MimeMessage mail, String name) {
        try {
            String[] values = mail.getHeader(name);
            return values == null ? "" : String.join(" ", values);
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}

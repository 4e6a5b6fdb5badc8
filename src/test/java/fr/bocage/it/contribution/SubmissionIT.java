package fr.bocage.it.contribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Api.Form;
import fr.bocage.it.Mailbox;
import fr.bocage.it.Person;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A contributor's way to moderation (issue 20): the description checked before it goes, each missing field named;
 * a submission taken back before any decision; the acknowledgement e-mail; the answer to a file already deposited.
 */
class SubmissionIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    @Test
    void aDescriptionLackingWhatModeratorsNeedIsRefusedFieldByFieldAndStaysADraft() {
        Person owner = Person.fresh().registeredAndConfirmed(MAIL);
        long id = Api.upload(Form.text("note-" + Token.next() + ".txt", "Note " + Token.next()).field("title", "Note"),
                owner.basic()).expect(201).locationId();
        String resource = "/api/resources/" + id;

        JsonObject refusal = Api.post(resource + "/submit", owner.basic()).expectError(400);
        List<String> fields = refusal.getJsonArray("details").getValuesAs(JsonString.class).stream()
                .map(d -> d.getString().substring(0, d.getString().indexOf(" : "))).toList();
        assertEquals(List.of("summary", "type", "theme", "territory"), fields, refusal::toString);
        assertEquals("draft", Api.get(resource, owner.basic()).expect(200).json().getString("status"));

        // The page: each message beside its field and in the summary; what was typed is saved all the same.
        WebSession session = new WebSession();
        session.login(owner.email(), owner.password());
        String page = "/mon-espace/ressources/" + id;
        String html = session.submit(page, page, Map.of("action", "submit", "title", "Note revue", "type", "guide"))
                .expect(400).text();
        assertTrue(html.contains("<span class=\"field-error\" id=\"summary-error\">"), html);
        assertTrue(html.matches("(?s).*<textarea id=\"summary\"[^>]*aria-invalid=\"true\" aria-describedby=\"summary-error\".*"),
                html);
        assertTrue(html.contains("<a href=\"#theme\">Thèmes</a> : Cochez au moins un thème."), html);
        assertTrue(html.contains("aria-describedby=\"territory-error\""), html);
        assertFalse(html.contains("id=\"type-error\""), "the type was given");
        assertFalse(html.contains("(startsAt)") || html.contains("(summary)"), "no internal names");
        assertEquals("Note revue", Api.get(resource, owner.basic()).expect(200).json().getString("title"));

        Map<String, String> complete = new LinkedHashMap<>(Map.of("action", "submit", "title", "Note revue",
                "type", "guide", "summary", "Ce que la note contient.", "theme", "water", "territory", "bretagne"));
        session.submit(page, page, complete).expect(302);
        assertEquals("submitted", Api.get(resource, owner.basic()).expect(200).json().getString("status"));
    }

    @Test
    void theOwnerTakesASubmissionBackUntilAModeratorDecides() {
        Person owner = Person.fresh().registeredAndConfirmed(MAIL);
        Caller other = Api.createAccount("autre-" + Token.next(), "contributor");
        Caller moderator = Api.createAccount("moderatrice-" + Token.next(), "moderator");
        long id = described(owner);
        String resource = "/api/resources/" + id;
        Api.post(resource + "/submit", owner.basic()).expect(200);

        Api.post(resource + "/retract", Caller.ANONYMOUS).expect(401);
        Api.post(resource + "/retract", other).expectError(404);
        Api.post(resource + "/retract", moderator).expectError(403);
        assertEquals("draft", Api.post(resource + "/retract", owner.basic()).expect(200).json().getString("status"));
        assertTrue(Api.post(resource + "/retract", owner.basic()).expectError(409).getString("message")
                .contains("brouillon"));
        List<String> history = Api.get(resource + "/history", moderator).expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action") + ":" + e.getString("to")).toList();
        assertEquals(List.of("create:draft", "submit:submitted", "retract:draft"), history);

        // From the contribution's page in « Mon espace »: a button while it waits, then the form again.
        Api.post(resource + "/submit", owner.basic()).expect(200);
        WebSession session = new WebSession();
        session.login(owner.email(), owner.password());
        String page = "/mon-espace/ressources/" + id;
        assertTrue(session.get(page).expect(200).text().contains("Reprendre pour modifier"));
        Answer retracted = session.submit(page, page, Map.of("action", "retract")).expect(302);
        assertTrue(retracted.header("Location").orElseThrow().endsWith(page + "?repris"));
        String draft = session.get(page + "?repris").expect(200).text();
        assertTrue(draft.contains("de nouveau un brouillon") && draft.contains("<input id=\"title\""), draft);

        // Once a moderator has decided, it is no longer the owner's to take back.
        Api.post(resource + "/submit", owner.basic()).expect(200);
        Api.post(resource + "/publish", moderator).expect(200);
        Api.post(resource + "/retract", owner.basic()).expectError(409);
        assertFalse(session.get(page).expect(200).text().contains("Reprendre pour modifier"));
    }

    @Test
    void aSubmissionIsAcknowledgedByEmailWithTheWayBackToIt() {
        Person owner = Person.fresh().registeredAndConfirmed(MAIL);
        long id = described(owner);
        Api.post("/api/resources/" + id + "/submit", owner.basic()).expect(200);
        String title = Api.get("/api/resources/" + id, owner.basic()).expect(200).json().getString("title");
        assertTrue(Mailbox.subjects(MAIL, owner.email(), 2)
                .contains("Bocage : « " + title + " » est bien reçue par la modération"));
        Mailbox.link(MAIL, owner.email(), "/mon-espace/ressources/" + id);
    }

    @Test
    void aDuplicateOnTheUploadPageLinksToTheResourceOnlyForWhoMaySeeIt() {
        Person owner = Person.fresh().registeredAndConfirmed(MAIL);
        Person other = Person.fresh().registeredAndConfirmed(MAIL);
        String secret = Token.next();
        byte[] bytes = ("Brouillon sur " + secret).getBytes(StandardCharsets.UTF_8);
        long id = Api.upload(Form.file("brouillon.txt", bytes).field("title", "Projet " + secret), owner.basic())
                .expect(201).locationId();

        String mine = uploadOnThePage(owner, bytes).expect(409).text();
        assertTrue(mine.contains("href=\"/ressources/" + id + "\""), mine);

        String theirs = uploadOnThePage(other, bytes).expect(409).text();
        assertFalse(theirs.contains("/ressources/" + id) || theirs.contains(secret), theirs);
        assertTrue(theirs.contains("moderation@bocage.localhost"), "says whom to write to: " + theirs);
    }

    @Test
    void aVisitorOnTheirWayToContributeIsToldWhyTheyLogIn() {
        String login = new WebSession().get("/contribuer").expect(302).header("Location").orElseThrow();
        assertTrue(login.endsWith("/connexion?retour=%2Fcontribuer"), login);
        String page = new WebSession().get("/connexion?retour=%2Fcontribuer").expect(200).text();
        assertTrue(page.contains("Connectez-vous pour contribuer") && page.contains("href=\"/inscription\""), page);
        assertTrue(page.contains("name=\"retour\" value=\"/contribuer\""), page);
        assertFalse(new WebSession().get("/connexion").expect(200).text().contains("Connectez-vous pour contribuer"));
    }

    private static long described(Person owner) {
        return Api.upload(Form.text("guide-" + Token.next() + ".txt", "Guide " + Token.next())
                .field("title", "Guide " + Token.next()).field("type", "guide").described(), owner.basic())
                .expect(201).locationId();
    }

    /** Posts the file to /contribuer as the upload page does, its token in the address. */
    private static Answer uploadOnThePage(Person who, byte[] bytes) {
        WebSession session = new WebSession();
        session.login(who.email(), who.password());
        Form form = Form.file("copie.txt", bytes);
        return session.send(WebSession.request("/contribuer?_csrf="
                + URLEncoder.encode(session.token(), StandardCharsets.UTF_8))
                .header("Content-Type", form.contentType()).POST(form.publisher()));
    }
}

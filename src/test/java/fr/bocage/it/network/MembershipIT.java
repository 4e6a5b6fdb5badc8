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
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Joining a network over HTTP (issue 14, items 1–2): a request, the animators' decision told by e-mail either way,
 * leaving and asking again on the same row, the members' directory per role and per chosen field, a draft actor
 * proposed with the request, and the network's page with its members' resources.
 */
public class MembershipIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    /** A new network animated by these people, by the administrator. */
    static String network(Person... animators) {
        String slug = "reseau-" + Token.next().toLowerCase();
        Api.post("/api/networks", ADMIN, Json.createObjectBuilder().add("slug", slug).add("name", "Réseau " + slug)
                .add("description", "Deux rencontres par an.").add("territory", "Bretagne")
                .add("animators", Json.createArrayBuilder(Arrays.stream(animators).map(Person::email).toList()))
                .build()).expect(201);
        return slug;
    }

    static JsonObjectBuilder request(String role) {
        return Json.createObjectBuilder().add("role", role).add("territory", "Bretagne")
                .add("interests", Json.createArrayBuilder().add("water")).add("showOrganisation", true)
                .add("showRole", true).add("showTerritory", true).add("showEmail", false).add("receivesList", true)
                .add("consent", true);
    }

    static String membership(String slug) {
        return "/api/networks/" + slug + "/membership";
    }

    static String mail(String to, String subject) throws Exception {
        return mail(MAIL, to, subject);
    }

    /** The text of the latest e-mail to {@code to} whose subject contains {@code subject}, waiting for it. */
    static String mail(GreenMailExtension server, String to, String subject) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            MimeMessage[] messages = server.getReceivedMessages();
            for (int i = messages.length - 1; i >= 0; i--) {
                boolean forThem = Arrays.stream(messages[i].getAllRecipients())
                        .anyMatch(a -> a.toString().equalsIgnoreCase(to));
                if (forThem && messages[i].getSubject().contains(subject)) {
                    return textOf(messages[i]);
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no e-mail to " + to + " about « " + subject + " »");
    }

    /** The plain text of an e-mail, decoded, whether it has an HTML alternative or not. */
    private static String textOf(Part part) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(textOf(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return part.isMimeType("text/plain") ? part.getContent().toString() : "";
    }

    @Test
    void aRequestIsAcceptedThenTheMemberLeavesAndAsksAgainOnTheSameRow() throws Exception {
        Person animator = Person.fresh().registeredAndConfirmed(MAIL);
        Person member = Person.fresh().registeredAndConfirmed(MAIL);
        String slug = network(animator);

        JsonObject noConsent = Api.post(membership(slug), member.basic(), request("Chargée de mission")
                .add("consent", false).build()).expectError(400);
        assertTrue(noConsent.toString().contains("consent"), noConsent.toString());

        JsonObject asked = Api.post(membership(slug), member.basic(), request("Chargée de mission").build())
                .expect(201).json();
        assertEquals("pending", asked.getString("status"));
        assertEquals("bretagne", asked.getString("territory"), "the label is stored as its code");
        long id = asked.getJsonNumber("id").longValue();
        Api.post(membership(slug), member.basic(), request("Encore").build()).expectError(409);
        assertTrue(mail(animator.email(), "attend votre décision").contains("/reseaux/" + slug + "/adhesions"));

        Api.get("/api/networks/" + slug + "/members", member.basic()).expect(403);
        Api.get("/api/networks/" + slug + "/requests", member.basic()).expect(403);
        String pending = Api.get("/api/networks/" + slug + "/requests", animator.basic()).expect(200).text();
        assertTrue(pending.contains(member.email()), pending);

        JsonObject accepted = Api.post("/api/networks/" + slug + "/requests/" + id + "/accept", animator.basic(),
                Json.createObjectBuilder().add("message", "Bienvenue parmi nous !").build()).expect(200).json();
        assertEquals("accepted", accepted.getString("status"));
        String welcome = mail(member.email(), "bienvenue");
        assertTrue(welcome.contains("Bienvenue parmi nous !") && welcome.contains("/reseaux/" + slug + "/membres"),
                welcome);
        Api.post("/api/networks/" + slug + "/requests/" + id + "/accept", animator.basic(),
                Json.createObjectBuilder().build()).expectError(409);

        String directory = Api.get("/api/networks/" + slug + "/members", member.basic()).expect(200).text();
        assertTrue(directory.contains(member.name()) && directory.contains("Chargée de mission"), directory);
        assertTrue(directory.contains("Bretagne"), "the territory's label: " + directory);
        assertFalse(directory.contains(member.email()), "the address is kept unless chosen: " + directory);

        Api.put(membership(slug), member.basic(), request("Chargée de mission").add("showEmail", true)
                .add("showRole", false).add("consent", false).build()).expect(200);
        directory = Api.get("/api/networks/" + slug + "/members", animator.basic()).expect(200).text();
        assertTrue(directory.contains(member.email()), directory);
        assertFalse(directory.contains("Chargée de mission"), "the role, now hidden: " + directory);

        assertEquals("left", Api.delete(membership(slug), member.basic()).expect(200).json().getString("status"));
        Api.get("/api/networks/" + slug + "/members", member.basic()).expect(403);
        Api.delete(membership(slug), member.basic()).expectError(404);
        JsonObject again = Api.post(membership(slug), member.basic(), request("De retour").build()).expect(201)
                .json();
        assertEquals(id, again.getJsonNumber("id").longValue(), "the same row");
        assertEquals("pending", again.getString("status"));
    }

    @Test
    void aRefusalIsToldWithTheAnimatorsMessageAndAllowsANewRequest() throws Exception {
        Person animator = Person.fresh().registeredAndConfirmed(MAIL);
        Person member = Person.fresh().registeredAndConfirmed(MAIL);
        String slug = network(animator);
        long id = Api.post(membership(slug), member.basic(), request("Élu").build()).expect(201).json()
                .getJsonNumber("id").longValue();
        Api.post("/api/networks/" + slug + "/requests/" + id + "/refuse", member.basic(),
                Json.createObjectBuilder().build()).expectError(403);
        JsonObject refused = Api.post("/api/networks/" + slug + "/requests/" + id + "/refuse", animator.basic(),
                Json.createObjectBuilder().add("message", "Réservé aux structures bretonnes.").build()).expect(200)
                .json();
        assertEquals("refused", refused.getString("status"));
        String text = mail(member.email(), "votre demande d'adhésion");
        assertTrue(text.contains("Réservé aux structures bretonnes.") && text.contains("pas été acceptée"), text);
        assertEquals("refused", Api.get(membership(slug), member.basic()).expect(200).json().getString("status"));
        Api.get("/api/networks/" + slug + "/members", member.basic()).expect(403);
        assertEquals("pending", Api.post(membership(slug), member.basic(), request("Élu").build()).expect(201)
                .json().getString("status"));
    }

    @Test
    void theDirectoryIsForMembersAndAnimatorsOnly() throws Exception {
        Person animator = Person.fresh().registeredAndConfirmed(MAIL);
        Person member = Person.fresh().registeredAndConfirmed(MAIL);
        Caller other = Api.createAccount("autre-" + Token.next(), "contributor");
        String slug = network(animator);
        String role = "roleunique" + Token.next().toLowerCase();
        long id = Api.post(membership(slug), member.basic(), request(role).build()).expect(201).json()
                .getJsonNumber("id").longValue();
        Api.post("/api/networks/" + slug + "/requests/" + id + "/accept", ADMIN, Json.createObjectBuilder().build())
                .expect(200);

        String members = "/api/networks/" + slug + "/members";
        String requests = "/api/networks/" + slug + "/requests";
        // anonymous, another contributor, the member, the animator, an administrator
        List<Caller> who = List.of(ANONYMOUS, other, member.basic(), animator.basic(), ADMIN);
        int[] directory = {401, 403, 200, 200, 403};
        int[] decisions = {401, 403, 403, 200, 200};
        int[] page = {302, 403, 200, 200, 403};
        for (int i = 0; i < who.size(); i++) {
            Api.get(members, who.get(i)).expect(directory[i]);
            Api.get(requests, who.get(i)).expect(decisions[i]);
            Api.get("/reseaux/" + slug + "/membres", who.get(i)).expect(page[i]);
        }
        String forbidden = Api.get("/reseaux/" + slug + "/membres", other).expect(403).text();
        assertTrue(forbidden.contains("réservé aux membres") && !forbidden.contains(member.name()), forbidden);
        String shown = Api.get("/reseaux/" + slug + "/membres", member.basic()).expect(200).text();
        assertTrue(shown.contains(member.name()) && shown.contains(role), shown);

        assertTrue(Api.get("/reseaux/" + slug, ANONYMOUS).expect(200).text().contains("Rejoindre le réseau"));
        assertTrue(Api.get("/reseaux/" + slug, member.basic()).expect(200).text().contains("Vous êtes membre"));
        assertTrue(Api.get("/reseaux", ANONYMOUS).expect(200).text().contains("Réseau " + slug));
        String mine = Api.get("/mon-espace/reseaux", animator.basic()).expect(200).text();
        assertTrue(mine.contains("Réseau " + slug) && mine.contains("Les réseaux que j"), mine);

        // Members-only: what a member says of themself is in no search.
        Api.awaitIndexed();
        assertEquals(0, Api.search("q", role).expect(200).json().getJsonNumber("total").longValue());
    }

    @Test
    void anOrganisationProposedWithTheRequestIsADraftForTheModerators() throws Exception {
        Person animator = Person.fresh().registeredAndConfirmed(MAIL);
        Person member = Person.fresh().registeredAndConfirmed(MAIL);
        String slug = network(animator);
        String name = "Association des mares " + Token.next();

        Api.post(membership(slug), member.basic(), request("Présidente").add("newActor", Json.createObjectBuilder()
                .add("name", name).add("kind", "pas-un-type")).build()).expectError(400);
        JsonObject asked = Api.post(membership(slug), member.basic(), request("Présidente").add("newActor",
                Json.createObjectBuilder().add("name", name).add("kind", "association").add("commune", "Rennes"))
                .build()).expect(201).json();
        long actor = asked.getJsonNumber("actorId").longValue();
        Api.get("/api/actors/" + actor, ANONYMOUS).expect(404);
        assertEquals("submitted", Api.get("/api/resources/" + actor, member.basic()).expect(200).json()
                .getString("status"), "sent to moderation");
        String requests = Api.get("/reseaux/" + slug + "/adhesions", animator.basic()).expect(200).text();
        assertTrue(requests.contains(name), requests);

        Api.post("/api/networks/" + slug + "/requests/" + asked.getJsonNumber("id").longValue() + "/accept",
                animator.basic(), Json.createObjectBuilder().build()).expect(200);
        JsonObject card = Api.get("/api/networks/" + slug + "/members", animator.basic()).expect(200).jsonArray()
                .getJsonObject(0);
        assertFalse(card.containsKey("organisation") && !card.isNull("organisation"), "a draft actor is shown nowhere before it is published: " + card);

        // Only a published actor of the directory may be chosen.
        Person another = Person.fresh().registeredAndConfirmed(MAIL);
        Api.post(membership(slug), another.basic(), request("Membre").add("actorId", actor).build())
                .expectError(400);
    }

    @Test
    void theNetworkPageListsTheResourcesItsMembersPublished() {
        Person animator = Person.fresh().registeredAndConfirmed(MAIL);
        String slug = network(animator);
        String title = "Guide des haies du réseau " + Token.next();
        Api.create(Api.Form.text("guide-" + Token.next() + ".txt", "Planter des haies " + Token.next())
                .field("title", title).field("type", "guide").described());
        assertFalse(Api.get("/reseaux/" + slug, ANONYMOUS).expect(200).text().contains(title));
        long id = Api.post(membership(slug), ADMIN, request("Administrateur").build()).expect(201).json()
                .getJsonNumber("id").longValue();
        Api.post("/api/networks/" + slug + "/requests/" + id + "/accept", animator.basic(),
                Json.createObjectBuilder().build()).expect(200);
        String page = Api.get("/reseaux/" + slug, ANONYMOUS).expect(200).text();
        assertTrue(page.contains("Ressources du réseau") && page.contains(title), page);
    }
}

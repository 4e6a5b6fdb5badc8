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
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A project's private side over HTTP, role by role (anonymous, another contributor, a member, the coordinator, an
 * administrator): invitations by e-mail with a single-use link, the members, the space's documents and news (for
 * the members only), and the public page's news and agenda.
 */
class ProjectSpaceIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    private static ProjectSpaceFixture project;

    @BeforeAll
    static void fixture() {
        project = ProjectSpaceFixture.create("espace");
    }

    private static String api(String rest) {
        return "/api/projects/" + project.slug() + rest;
    }

    private static JsonObject invitation(String email, long organisation) {
        return Json.createObjectBuilder().add("email", email).add("organisation", organisation).build();
    }

    @Test
    void anInvitedPersonOpensAnAccountFromTheLinkAndLandsInTheSpace() {
        Person person = Person.fresh();
        JsonObject sent = Api.post(api("/invitations"), project.coordinator(),
                invitation(person.email(), project.otherPartner())).expect(201).json();
        assertEquals("pending", sent.getString("state"));
        assertTrue(Api.get(api("/invitations"), project.coordinator()).expect(200).text().contains(person.email()));
        String link = Mailbox.pathUnder(MAIL, person.email(), "/projets/invitation/");

        WebSession browser = new WebSession();
        String page = browser.get(link).expect(200).text();
        assertTrue(page.contains("Créez votre compte") && page.contains(person.email()), page);
        var refused = browser.submit(link, link, Map.of("name", person.name(), "password", "court"));
        assertEquals(400, refused.status(), "a short password, no consent: the form again");
        var joined = browser.submit(link, link, Map.of("name", person.name(), "password", person.password(),
                "acceptTerms", "oui"));
        assertEquals(302, joined.status());
        assertEquals("/projets/" + project.slug() + "/espace", joined.header("Location").orElseThrow()
                .replace(Api.BASE, ""));
        assertTrue(browser.get("/projets/" + project.slug() + "/espace").expect(200).text().contains(person.name()),
                "signed in, a member: the members list names them");

        browser.get(link).expect(410);
        assertEquals(410, browser.post(link, Map.of("_csrf", browser.token())).status(), "a link serves once");
        JsonArray members = Api.get(api("/members"), project.coordinator()).expect(200).jsonArray();
        assertTrue(members.toString().contains(person.email()), members::toString);
        assertTrue(Api.get(api("/members"), person.basic()).expect(200).text().contains(person.name()),
                "the new account signs in with its password");
        assertFalse(Api.get(api("/invitations"), project.coordinator()).expect(200).text().contains(person.email()),
                "no longer pending");
    }

    @Test
    void aSignedInPersonJoinsWithTheirAccountAndALinkServesOnceEvenTwiceAtOnce() throws Exception {
        String email = "invite-" + Token.next().toLowerCase() + "@example.org";
        Api.post(api("/invitations"), project.coordinator(), invitation(email, project.partner())).expect(201);
        String token = Mailbox.pathUnder(MAIL, email, "/projets/invitation/").substring("/projets/invitation/".length());
        String first = "premier-" + Token.next();
        String second = "second-" + Token.next();
        List<Caller> joining = List.of(Api.createAccount(first, "contributor"), Api.createAccount(second, "contributor"));

        List<Integer> statuses = fr.bocage.it.Concurrently.run(2,
                i -> Api.post("/api/project-invitations/" + token, joining.get(i)).status());
        assertEquals(List.of(200, 410), statuses.stream().sorted().toList(), "one joins, the other is told: used");
        Api.post("/api/project-invitations/" + token, ANONYMOUS).expect(401);
        Api.post("/api/project-invitations/inconnu", joining.get(0)).expect(404);
    }

    @Test
    void onlyThoseWhoRunTheProjectInviteAndAnOrganisationMustBeAPartner() {
        String email = "x-" + Token.next().toLowerCase() + "@example.org";
        Api.post(api("/invitations"), ANONYMOUS, invitation(email, project.partner())).expect(401);
        Api.post(api("/invitations"), project.outsider(), invitation(email, project.partner())).expect(403);
        Api.post(api("/invitations"), project.member(), invitation(email, project.partner())).expect(403);
        Api.get(api("/invitations"), project.member()).expect(403);
        JsonObject notPartner = Api.post(api("/invitations"), project.coordinator(),
                invitation(email, ProjectIT.actorIn("MA"))).expectError(400);
        assertTrue(notPartner.toString().contains("organisation"), notPartner::toString);
        Api.post(api("/invitations"), project.coordinator(), Json.createObjectBuilder().add("email", "pas-une-adresse")
                .add("organisation", project.partner()).build()).expect(400);

        long id = Api.post(api("/invitations"), ADMIN, invitation(email, project.partner())).expect(201).locationId();
        String link = Mailbox.pathUnder(MAIL, email, "/projets/invitation/");
        Api.delete(api("/invitations/" + id), project.outsider()).expect(403);
        Api.delete(api("/invitations/" + id), project.coordinator()).expect(204);
        Api.delete(api("/invitations/" + id), project.coordinator()).expect(404);
        String cancelled = Api.get(link).expect(404).text();
        assertTrue(cancelled.contains("annulée"), "a clear French page");
        assertTrue(Api.get("/projets/invitation/inconnu").expect(404).text().contains("inconnu"));
    }

    @Test
    void theSpaceIsTheMembersAndTheCoordinatorsOnly() {
        String secret = Token.next().toLowerCase();
        long document = project.share(project.member(), "Compte rendu " + secret, "Relevé " + secret + " partagé.");
        long news = project.post(project.coordinator(), "Nouvelle " + secret, "Entre membres : " + secret + ".");
        Api.awaitIndexed();

        for (Caller insider : List.of(project.member(), project.coordinator(), ADMIN)) {
            String listed = Api.get(api("/documents"), insider).expect(200).text();
            assertAll(
                    () -> assertTrue(listed.contains("Compte rendu " + secret) && listed.contains("Nouvelle " + secret),
                            listed),
                    () -> Api.get("/api/resources/" + document + "/file", insider).expect(200),
                    () -> Api.get("/ressources/" + document, insider).expect(200),
                    () -> Api.get("/actualites/" + news, insider).expect(200),
                    () -> Api.get(api("/members"), insider).expect(200));
        }
        Api.poll("/api/search?q=" + secret, project.member(), a -> a.json().getJsonNumber("total").longValue() == 2,
                Duration.ofSeconds(10));

        Api.get(api("/documents"), ANONYMOUS).expect(401);
        Api.get(api("/members"), ANONYMOUS).expect(401);
        Api.get(api("/documents"), project.outsider()).expect(403);
        Api.get(api("/members"), project.outsider()).expect(403);
        Api.upload(api("/documents"), Api.Form.text("a.txt", "Un autre texte " + Token.next()).field("title", "x"),
                project.outsider()).expect(403);
        Api.upload(api("/documents"), Api.Form.text("b.txt", "Un texte " + Token.next()), project.member())
                .expect(400);
        Api.post(api("/news"), project.outsider(), Json.createObjectBuilder().add("title", "t").add("lead", "l")
                .add("body", "b").build()).expect(403);
        Api.post(api("/news"), project.member(), Json.createObjectBuilder().add("title", "t").build()).expect(400);
        for (Caller stranger : List.of(ANONYMOUS, project.outsider())) {
            Api.get("/api/resources/" + document + "/file", stranger).expect(404);
            Api.get("/ressources/" + document, stranger).expect(404);
            Api.get("/actualites/" + news, stranger).expect(404);
            assertEquals(0, Api.get("/api/search?q=" + secret, stranger).expect(200).json().getJsonNumber("total")
                    .longValue());
        }

        String space = "/projets/" + project.slug() + "/espace";
        assertTrue(Api.get(space, ANONYMOUS).expect(302).header("Location").orElseThrow().contains("/connexion"));
        Api.get(space, project.outsider()).expect(403);
        String page = Api.get(space, project.member()).expect(200).text();
        assertTrue(page.contains("Compte rendu " + secret) && page.contains("Nouvelle " + secret)
                && page.contains("/autodiagnostic"), page);
        assertFalse(page.contains("/membres\""), "a member does not manage the members");
        assertTrue(Api.get(space, project.coordinator()).expect(200).text().contains("/membres\""));
        Api.get(space, ADMIN).expect(200);

        String members = "/projets/" + project.slug() + "/membres";
        Api.get(members, ANONYMOUS).expect(302);
        Api.get(members, project.outsider()).expect(403);
        Api.get(members, project.member()).expect(403);
        assertTrue(Api.get(members, project.coordinator()).expect(200).text().contains(project.memberName()));
        Api.get(members, ADMIN).expect(200);
    }

    @Test
    void theSpaceFormsShareADocumentAndPostNews() {
        WebSession browser = new WebSession();
        browser.login(project.memberName(), Api.passwordOf(project.memberName())).expect(303);
        String space = "/projets/" + project.slug() + "/espace";
        String title = "Actualité du formulaire " + Token.next();
        var posted = browser.submit(space, space, Map.of("action", "news", "title", title, "lead", "Chapô.",
                "body", "Le corps."));
        assertEquals(302, posted.status());
        assertTrue(browser.get(space + "?fait=news").expect(200).text().contains(title));
        var missing = browser.submit(space, space, Map.of("action", "news", "title", "", "lead", "", "body", ""));
        assertEquals(400, missing.status());
        assertTrue(missing.text().contains("id=\"title-error\""), "each error beside its field");
    }

    @Test
    void aNewsItemPostedForEverybodyFromTheSpaceGoesThroughModerationThenToThePublicPage() {
        String word = Token.next().toLowerCase();
        JsonObject missing = Api.post(api("/news"), project.member(), Json.createObjectBuilder()
                .add("title", "Pour tous " + word).add("lead", "Chapô.").add("body", "Corps.")
                .add("forEverybody", true).build()).expectError(400);
        assertTrue(missing.toString().contains("theme") && missing.toString().contains("territory"),
                missing::toString);
        JsonObject submitted = Api.post(api("/news"), project.member(), Json.createObjectBuilder()
                .add("title", "Pour tous " + word).add("lead", "Chapô.").add("body", "Corps.")
                .add("forEverybody", true).add("themes", Json.createArrayBuilder().add("biodiversity"))
                .add("territory", "bretagne").build()).expect(201).json();
        long id = submitted.getJsonNumber("id").longValue();
        assertFalse(Api.get("/projets/" + project.slug(), ANONYMOUS).expect(200).text().contains(word),
                "not before the moderation");
        Api.get("/api/resources/" + id, ANONYMOUS).expect(404);
        Api.post("/api/resources/" + id + "/publish", ADMIN).expect(200);
        assertTrue(Api.get("/projets/" + project.slug(), ANONYMOUS).expect(200).text().contains("Pour tous " + word),
                "linked to the project, public once published");
    }

    @Test
    void aCoordinatorRemovesAMemberAndAMemberMayLeave() {
        String leaving = "part-" + Token.next();
        Caller leaver = Api.createAccount(leaving, "contributor");
        String removed = "retire-" + Token.next();
        Caller gone = Api.createAccount(removed, "contributor");
        ProjectSpaceFixture.enrol(project.slug(), leaving, project.partner());
        ProjectSpaceFixture.enrol(project.slug(), removed, project.otherPartner());

        Api.delete(api("/members/" + removed), project.member()).expect(403);
        Api.delete(api("/members/" + removed), project.outsider()).expect(403);
        Api.delete(api("/members/" + removed), project.coordinator()).expect(204);
        Api.get(api("/documents"), gone).expect(403);
        Api.delete(api("/members/" + leaving), leaver).expect(204);
        Api.get(api("/documents"), leaver).expect(403);
        Api.delete(api("/members/" + leaving), ADMIN).expect(404);
    }

    @Test
    void thePublicPageShowsTheLinkedPublicNewsAndTheAgendaNeverTheMembersOnes() {
        String word = Token.next().toLowerCase();
        long open = Api.post("/api/news", ADMIN, Json.createObjectBuilder().add("title", "Publique " + word)
                .add("lead", "Pour tous.").add("body", "Le projet avance.").add("themes", Json.createArrayBuilder()
                        .add("biodiversity")).add("territory", "bretagne").build()).expect(201).json()
                .getJsonNumber("id").longValue();
        long reserved = project.post(project.member(), "Réservée " + word, "Entre nous.");
        Api.put(api("/news/" + open), project.outsider(), Json.createObjectBuilder().build()).expect(403);
        Api.put(api("/news/" + open), project.coordinator(), Json.createObjectBuilder().build()).expect(204);
        Api.put(api("/news/" + reserved), project.coordinator(), Json.createObjectBuilder().build()).expect(204);
        Api.put(api("/news/" + project.webinar()), project.coordinator(), Json.createObjectBuilder().build())
                .expect(400);

        for (Caller anyone : List.of(ANONYMOUS, project.outsider(), project.member())) {
            String page = Api.get("/projets/" + project.slug(), anyone).expect(200).text();
            String listed = Api.get(api("/news"), anyone).expect(200).text();
            assertAll(
                    () -> assertTrue(page.contains("Publique " + word), "the linked public news"),
                    () -> assertFalse(page.contains("Réservée " + word), "never a members-only title"),
                    () -> assertTrue(page.contains("Agenda du projet") && page.contains(project.webinarTitle()),
                            "the agenda"),
                    () -> assertTrue(listed.contains("Publique " + word), listed),
                    () -> assertFalse(listed.contains("Réservée " + word), listed));
        }
        assertFalse(Api.get("/projets/" + project.slug(), ANONYMOUS).expect(200).text().contains("/espace\""));
        assertTrue(Api.get("/projets/" + project.slug(), project.member()).expect(200).text().contains("/espace\""),
                "a member finds the way to the space");
        Api.delete(api("/news/" + open), project.coordinator()).expect(204);
        assertFalse(Api.get("/projets/" + project.slug(), ANONYMOUS).expect(200).text().contains("Publique " + word));
    }
}

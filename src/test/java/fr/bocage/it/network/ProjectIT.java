package fr.bocage.it.network;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Api.Form;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cooperation projects over HTTP: contributors start them and coordinate them, admins too; a draft is nobody
 * else's business (404 by API and page, absent from the lists); bad input is refused per field, in French.
 */
public class ProjectIT {
    private static Caller coordinator;
    private static String coordinatorName;
    private static Caller other;
    private static long senegal;
    private static long benin;
    private static long technical;
    private static long webinar;
    private static long resource;

    /** A published actor of that country. */
    static long actorIn(String country) {
        return Api.post("/api/actors", ADMIN, ActorIT.actor("Collectivité " + country + " " + Token.next(),
                "Une collectivité partenaire.", "contact-" + Token.next() + "@example.org").add("country", country)
                .build()).expect(201).locationId();
    }

    @BeforeAll
    static void fixture() {
        coordinatorName = "coordinatrice-" + Token.next();
        coordinator = Api.createAccount(coordinatorName, "contributor");
        other = Api.createAccount("autre-" + Token.next(), "contributor");
        senegal = actorIn("SN");
        benin = actorIn("BJ");
        technical = actorIn("FR");
        webinar = Api.post("/api/webinars", ADMIN, Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("title", "Webinaire aires protégées " + Token.next())
                        .add("summary", "Un webinaire du projet."))
                .add("startsAt", LocalDateTime.now().plusMonths(2).withNano(0).withSecond(0).toString())
                .add("durationMinutes", 60).add("capacity", 10).build()).expect(201).locationId();
        resource = Api.create(Form.text("bilan-" + Token.next() + ".txt", "Bilan des regroupements.").described());
    }

    static JsonObjectBuilder project(String slug, boolean published) {
        return Json.createObjectBuilder().add("slug", slug).add("title", "Projet " + slug).add("acronym", "CPR")
                .add("summary", "Coopérer pour les aires protégées.").add("purpose", "Outiller les collectivités.")
                .add("startDate", "2023-11-01").add("endDate", "2025-07-31").add("published", published)
                .add("funders", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "Ministère des Affaires étrangères").add("rate", 50)))
                .add("partners", Json.createArrayBuilder().add(senegal).add(benin))
                .add("technicalPartners", Json.createArrayBuilder().add(technical))
                .add("plan", Json.createArrayBuilder()
                        .add(action(0, "self-diagnosis", "2023-11-01", "2024-03-31", "done")
                                .add("resources", Json.createArrayBuilder().add(resource)))
                        .add(action(4, "webinar-series", "2024-01-01", "2025-06-30", "under-way")
                                .add("webinars", Json.createArrayBuilder().add(webinar))));
    }

    static JsonObjectBuilder action(int number, String kind, String start, String end, String status) {
        return Json.createObjectBuilder().add("number", number).add("title", "Action " + number).add("kind", kind)
                .add("startDate", start).add("endDate", end).add("status", status);
    }

    private static String slug() {
        return "projet-" + Token.next().toLowerCase();
    }

    @Test
    void aContributorCreatesAProjectThatEverybodyReadsOncePublished() {
        String slug = slug();
        JsonObject created = Api.post("/api/projects", coordinator, project(slug, true).build()).expect(201).json();
        assertEquals("/projets/" + slug, created.getString("page"));
        assertEquals(coordinatorName, created.getJsonArray("coordinators").getString(0), "the creator coordinates it");

        JsonObject read = Api.get("/api/projects/" + slug, ANONYMOUS).expect(200).json();
        assertFalse(read.containsKey("coordinators"), "accounts are private: " + read);
        JsonArray partners = read.getJsonArray("partners");
        assertEquals(3, partners.size());
        assertEquals("SN", partners.getJsonObject(0).getString("country"));
        assertTrue(partners.getJsonObject(2).getBoolean("technical"));
        JsonObject webinarSeries = read.getJsonArray("plan").getJsonObject(1);
        assertEquals("webinar-series", webinarSeries.getString("kind"));
        assertEquals("/webinaires/" + webinar, webinarSeries.getJsonArray("outputs").getJsonObject(0).getString("page"));
        assertTrue(webinarSeries.getJsonArray("outputs").getJsonObject(0).getString("title").startsWith("Webinaire"));
        assertEquals(1, read.getJsonObject("webinars").getInt("total"));
        assertEquals(0, read.getJsonObject("webinars").getInt("held"), "the webinar is to come");

        assertTrue(Api.get("/api/projects?country=BJ", ANONYMOUS).expect(200).text().contains(slug));
        assertFalse(Api.get("/api/projects?country=MA", ANONYMOUS).expect(200).text().contains(slug));
        assertTrue(Api.get("/api/projects?period=ended", ANONYMOUS).expect(200).text().contains(slug));
        assertFalse(Api.get("/api/projects?period=upcoming", ANONYMOUS).expect(200).text().contains(slug));

        String page = Api.get("/projets/" + slug, ANONYMOUS).expect(200).text();
        assertTrue(page.contains("<svg"), "the work plan's timeline");
        assertTrue(page.contains("Sénégal") && page.contains("Bénin"), "partners by country");
        assertTrue(page.contains("0 sur 1"), "webinars held");
        assertTrue(Api.get("/projets?country=SN", ANONYMOUS).expect(200).text().contains(slug));
    }

    @Test
    void anAdministratorEnrolsAnAccountForAPartnerOrganisation() {
        String slug = slug();
        Api.post("/api/projects", coordinator, project(slug, true).build()).expect(201);
        String member = "membre-" + Token.next();
        Api.createAccount(member, "contributor");
        String path = "/api/projects/" + slug + "/enrolments/" + member;

        JsonObject enrolled = Api.put(path, ADMIN, Json.createObjectBuilder().add("organisation", benin).build())
                .expect(200).json();
        assertEquals(member, enrolled.getString("username"));
        assertEquals(benin, enrolled.getJsonNumber("organisation").longValue());
        assertEquals(senegal, Api.put(path, ADMIN, Json.createObjectBuilder().add("organisation", senegal).build())
                .expect(200).json().getJsonNumber("organisation").longValue(), "one organisation per member");

        long outsider = actorIn("MA");
        JsonObject refused = Api.put(path, ADMIN, Json.createObjectBuilder().add("organisation", outsider).build())
                .expect(400).json();
        assertTrue(refused.toString().contains("n''est pas partenaire du projet".replace("''", "'")), refused::toString);
        Api.put(path, ADMIN, Json.createObjectBuilder().build()).expect(400);
        Api.put("/api/projects/" + slug + "/enrolments/inconnu-" + Token.next(), ADMIN,
                Json.createObjectBuilder().add("organisation", benin).build()).expect(404);
        Api.put(path, coordinator, Json.createObjectBuilder().add("organisation", benin).build()).expect(403);
    }

    @Test
    void aDraftIsSeenByItsCoordinatorsAndAdminsOnly() {
        String slug = slug();
        Api.post("/api/projects", coordinator, project(slug, false).build()).expect(201);
        for (Caller outsider : new Caller[] {ANONYMOUS, other}) {
            Api.get("/api/projects/" + slug, outsider).expect(404);
            Api.get("/projets/" + slug, outsider).expect(404);
            assertFalse(Api.get("/api/projects", outsider).expect(200).text().contains(slug));
            assertFalse(Api.get("/projets", outsider).expect(200).text().contains(slug));
        }
        Api.put("/api/projects/" + slug, other, project(slug, true).build()).expect(404);
        assertEquals("draft", Api.get("/api/projects/" + slug, coordinator).expect(200).json().getString("state"));
        assertTrue(Api.get("/api/projects", ADMIN).expect(200).text().contains(slug));
        Api.get("/projets/" + slug, coordinator).expect(200);
        Api.get("/projets/" + slug + "/modifier", other).expect(404);

        Api.put("/api/projects/" + slug, coordinator, project(slug, true).build()).expect(200);
        Api.put("/api/projects/" + slug, other, project(slug, true).build()).expect(403);
        Api.get("/projets/" + slug + "/modifier", coordinator).expect(200);
        Api.get("/projets/" + slug + "/modifier", ADMIN).expect(200);
        Api.get("/projets/" + slug + "/modifier", other).expect(403);
        Api.get("/projets/" + slug + "/modifier", ANONYMOUS).expect(302);
        Api.put("/api/projects/" + slug, ADMIN, project(slug, true).add("title", "Renommé").build()).expect(200);
        assertEquals("Renommé", Api.get("/api/projects/" + slug, ANONYMOUS).expect(200).json().getString("title"));
    }

    @Test
    void itsCoordinatorChangesItWithTheFormEachErrorBesideItsField() {
        String slug = slug();
        Api.post("/api/projects", coordinator, project(slug, true).build()).expect(201);
        WebSession session = new WebSession();
        session.login(coordinatorName, Api.passwordOf(coordinatorName));
        String page = "/projets/" + slug + "/modifier";
        String form = session.get(page).expect(200).text();
        assertTrue(form.contains("value=\"Action 4\""), "the plan's rows are filled in");
        assertTrue(form.contains("Ministère des Affaires étrangères ; 50"), "funders one a line, with their rate");
        assertFalse(form.contains("''"), "one apostrophe in the texts without arguments");

        Map<String, String> fields = new HashMap<>(Map.of("title", "Projet changé", "startDate", "2023-11-01",
                "endDate", "2025-07-31", "partners", senegal + ", " + benin, "technicalPartners",
                String.valueOf(technical), "published", "on", "funders", "Région ; 30 %"));
        fields.putAll(Map.of("actionNumber0", "7", "actionTitle0", "Séminaire final", "actionKind0", "seminar",
                "actionStart0", "2025-07-01", "actionEnd0", "2025-07-02", "actionStatus0", "done",
                "actionWebinars0", String.valueOf(resource), "actionKind1", "other", "actionStatus1", "planned"));
        String refused = session.submit(page, page, fields).expect(400).text();
        assertTrue(refused.contains("<span class=\"field-error\" id=\"actionWebinars0-error\">Aucun webinaire publié"),
                refused);
        assertTrue(refused.contains("value=\"Séminaire final\""), "what was typed stays");

        fields.put("actionWebinars0", String.valueOf(webinar));
        assertTrue(session.submit(page, page, fields).expect(302).header("Location").orElseThrow()
                .endsWith("/projets/" + slug));
        JsonObject read = Api.get("/api/projects/" + slug, ANONYMOUS).expect(200).json();
        assertEquals("Projet changé", read.getString("title"));
        assertEquals(30, read.getJsonArray("funders").getJsonObject(0).getInt("rate"));
        assertEquals(1, read.getJsonArray("plan").size(), "the untouched row is no action");
        assertEquals(7, read.getJsonArray("plan").getJsonObject(0).getInt("number"));
        assertEquals(3, read.getJsonArray("partners").size());
    }

    @Test
    void onlySignedInContributorsCreateProjects() {
        Api.post("/api/projects", ANONYMOUS, project(slug(), true).build()).expect(401);
        Api.post("/api/projects", Api.createAccount("formatrice-" + Token.next(), "trainer"),
                project(slug(), true).build()).expect(403);
        String slug = slug();
        Api.post("/api/projects", ADMIN, project(slug, true).build()).expect(201);
        assertEquals(409, Api.post("/api/projects", coordinator, project(slug, true).build()).status());
    }

    /**
     * The demo project (which no test server loads) as the API takes it: its actors, then the project with their ids
     * (its webinars left out: the test server has no demo webinars), titles and slug made unique.
     */
    @Test
    void theDemoProjectIsValidInput() throws Exception {
        String token = Token.next();
        JsonObject demo;
        try (JsonReader reader = Json.createReader(new InputStreamReader(ProjectIT.class.getResourceAsStream(
                "/demo/demo-projects.json"), StandardCharsets.UTF_8))) {
            demo = reader.readObject();
        }
        Map<String, Long> ids = new HashMap<>();
        for (JsonObject actor : demo.getJsonArray("actors").getValuesAs(JsonObject.class)) {
            String title = actor.getJsonObject("metadata").getString("title");
            JsonObject unique = Json.createObjectBuilder(actor).add("metadata", Json.createObjectBuilder(
                    actor.getJsonObject("metadata")).add("title", title + " " + token)).build();
            ids.put(title, Api.post("/api/actors", ADMIN, unique).expect(201).locationId());
        }
        JsonObject project = demo.getJsonArray("projects").getJsonObject(0);
        JsonArrayBuilder plan = Json.createArrayBuilder();
        project.getJsonArray("plan").getValuesAs(JsonObject.class)
                .forEach(a -> plan.add(Json.createObjectBuilder(a).remove("webinars")));
        String slug = "coop-r-" + token.toLowerCase();
        JsonObject created = Api.post("/api/projects", ADMIN, Json.createObjectBuilder(project).add("slug", slug)
                .add("partners", idsOf(project, "partners", ids))
                .add("technicalPartners", idsOf(project, "technicalPartners", ids)).add("plan", plan).build())
                .expect(201).json();
        assertEquals(6, created.getJsonArray("plan").size());
        assertEquals(Set.of("BJ", "CM", "CI", "FR", "MA", "SN"), created.getJsonArray("partners")
                .getValuesAs(JsonObject.class).stream().filter(p -> !p.getBoolean("technical"))
                .map(p -> p.getString("country")).collect(Collectors.toSet()));
        String page = Api.get("/projets/" + slug, ANONYMOUS).expect(200).text();
        assertTrue(page.contains("Côte d&#039;Ivoire") || page.contains("Côte d’Ivoire")
                || page.contains("Côte d'Ivoire"), "grouped by country");
    }

    private static JsonArrayBuilder idsOf(JsonObject project, String field, Map<String, Long> ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        project.getJsonArray(field).getValuesAs(JsonString.class).forEach(t -> array.add(ids.get(t.getString())));
        return array;
    }

    @Test
    void actorsHaveACountryFranceWhenNotTold() {
        assertEquals("SN", Api.get("/api/actors/" + senegal, ANONYMOUS).expect(200).json().getString("country"));
        assertTrue(Api.get("/acteurs/" + senegal, ANONYMOUS).expect(200).text().contains("<dd>Sénégal</dd>"));
        long french = Api.post("/api/actors", ADMIN, ActorIT.actor("Commune " + Token.next(), "Une commune.",
                "commune-" + Token.next() + "@example.org").build()).expect(201).locationId();
        assertEquals("FR", Api.get("/api/actors/" + french, ANONYMOUS).expect(200).json().getString("country"));
        assertTrue(Api.post("/api/actors", ADMIN, ActorIT.actor("Commune " + Token.next(), "Une commune.",
                "commune-" + Token.next() + "@example.org").add("country", "Sénégal").build()).expect(400).text()
                .contains("deux lettres"));
    }

    @Test
    void badInputIsRefusedInFrenchByField() {
        assertTrue(Api.post("/api/projects", coordinator, project("Pas Un Slug", true).build()).expect(400).text()
                .contains("minuscules"));
        assertTrue(Api.post("/api/projects", coordinator, project(slug(), true).add("endDate", "2020-01-01").build())
                .expect(400).text().contains("date de fin"));
        assertTrue(Api.post("/api/projects", coordinator, project(slug(), true)
                .add("partners", Json.createArrayBuilder().add(999_999_999L)).build()).expect(400).text()
                .contains("999999999"));
        JsonObject unknownWebinar = Api.post("/api/projects", coordinator, project(slug(), true)
                .add("plan", Json.createArrayBuilder().add(action(4, "webinar-series", "2024-01-01", "2024-02-01",
                        "planned").add("webinars", Json.createArrayBuilder().add(resource)))).build()).expectError(400);
        assertTrue(unknownWebinar.toString().contains("Aucun webinaire publié"), unknownWebinar.toString());
        assertTrue(unknownWebinar.toString().contains("plan[0].webinars"), unknownWebinar.toString());
        assertTrue(Api.post("/api/projects", coordinator, project(slug(), true)
                .add("plan", Json.createArrayBuilder().add(action(1, "picnic", "2024-01-01", "2024-02-01", "planned")))
                .build()).expect(400).text().contains("type d'action"));
        assertTrue(Api.post("/api/projects", coordinator, project(slug(), true)
                .add("plan", Json.createArrayBuilder().add(action(1, "seminar", "2022-01-01", "2024-02-01", "done")))
                .build()).expect(400).text().contains("période du projet"));
        Api.post("/api/projects", coordinator, project(slug(), true).add("startDate", "pas une date").build())
                .expect(400);
        Api.get("/api/projects?country=senegal", ANONYMOUS).expect(400);
        Api.get("/api/projects?period=demain", ANONYMOUS).expect(400);
        Api.get("/api/projects/inconnu-" + Token.next().toLowerCase(), ANONYMOUS).expect(404);
    }
}

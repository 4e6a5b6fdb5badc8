package fr.bocage.it.network;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A project's self-diagnosis over HTTP, per role: anonymous, another contributor, a member of another organisation,
 * the organisation's members, the coordinator, an administrator. Answers are read by their organisation and those
 * who run the project only; a stale save is refused (409), never lost; a questionnaire answered gets a new version.
 */
public class DiagnosisIT {
    private static String slug;
    private static Caller coordinator;
    private static Caller other;
    private static Caller memberA;
    private static Caller memberA2;
    private static String memberA2Name;
    private static Caller memberB;
    private static String memberBName;
    private static String memberAName;
    private static long orgA;
    private static long orgB;

    @BeforeAll
    static void fixture() {
        coordinator = Api.createAccount("coordination-" + Token.next(), "contributor");
        other = Api.createAccount("autre-" + Token.next(), "contributor");
        orgA = ProjectIT.actorIn("SN");
        orgB = ProjectIT.actorIn("BJ");
        slug = "diagnostic-" + Token.next().toLowerCase();
        Api.post("/api/projects", coordinator, Json.createObjectBuilder().add("slug", slug)
                .add("title", "Projet " + slug).add("startDate", "2023-11-01").add("endDate", "2027-07-31")
                .add("published", true).add("partners", Json.createArrayBuilder().add(orgA).add(orgB)).build())
                .expect(201);
        memberAName = "membre-a-" + Token.next();
        memberA = enrol(memberAName, orgA);
        memberA2Name = "membre-a2-" + Token.next();
        memberA2 = enrol(memberA2Name, orgA);
        memberBName = "membre-b-" + Token.next();
        memberB = enrol(memberBName, orgB);
    }

    static Caller enrol(String username, long organisation) {
        Caller caller = Api.createAccount(username, "contributor");
        Api.put("/api/projects/" + slug + "/enrolments/" + username, ADMIN,
                Json.createObjectBuilder().add("organisation", organisation).build()).expect(200);
        return caller;
    }

    /** Two sections: a weighted scale and a single choice, then a multiple choice, a number and a text. */
    static JsonObject questionnaire(String title) {
        return Json.createObjectBuilder().add("title", title).add("sections", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("title", "Gouvernance").add("questions", Json.createArrayBuilder()
                        .add(question("scale", "Le projet a-t-il un comité de pilotage ?", 2, scale()))
                        .add(question("single-choice", "Les habitants sont-ils consultés ?", 1,
                                choices("Non", 0, "Parfois", 1, "Toujours", 2)))))
                .add(Json.createObjectBuilder().add("title", "Bénéficiaires").add("questions", Json.createArrayBuilder()
                        .add(question("multiple-choice", "Qui est associé ?", 1,
                                choices("Habitants", 2, "Écoles", 2, "Personne", -1)))
                        .add(question("number", "Combien de réunions par an ?", 1, Json.createArrayBuilder()))
                        .add(question("text", "Qu'avez-vous appris ?", 1, Json.createArrayBuilder())))))
                .build();
    }

    private static JsonObjectBuilder question(String kind, String text, double weight, JsonArrayBuilder options) {
        return Json.createObjectBuilder().add("kind", kind).add("text", text).add("weight", weight)
                .add("options", options);
    }

    private static JsonArrayBuilder scale() {
        JsonArrayBuilder points = Json.createArrayBuilder();
        for (String label : List.of("Pas du tout", "Peu", "En partie", "Largement", "Tout à fait")) {
            points.add(Json.createObjectBuilder().add("label", label));
        }
        return points;
    }

    private static JsonArrayBuilder choices(Object... labelsAndScores) {
        JsonArrayBuilder choices = Json.createArrayBuilder();
        for (int i = 0; i < labelsAndScores.length; i += 2) {
            choices.add(Json.createObjectBuilder().add("label", (String) labelsAndScores[i])
                    .add("score", (Integer) labelsAndScores[i + 1]));
        }
        return choices;
    }

    static long campaign(long questionnaire, String title) {
        return Api.post("/api/projects/" + slug + "/campaigns", coordinator, Json.createObjectBuilder()
                .add("questionnaire", questionnaire).add("title", title)
                .add("opensOn", LocalDate.now().minusDays(1).toString())
                .add("closesOn", LocalDate.now().plusDays(30).toString()).build()).expect(201).locationId();
    }

    static JsonObject answer(Map<String, List<String>> responses, Long version, boolean submit) {
        JsonObjectBuilder values = Json.createObjectBuilder();
        responses.forEach((key, v) -> values.add(key, Json.createArrayBuilder(v)));
        JsonObjectBuilder body = Json.createObjectBuilder().add("responses", values).add("submit", submit);
        if (version != null) {
            body.add("version", version);
        }
        return body.build();
    }

    private static String answers(long campaign, long organisation) {
        return "/api/projects/" + slug + "/campaigns/" + campaign + "/answers/" + organisation;
    }

    @Test
    void eachRoleDoesWhatItsStandingAllows() {
        String questionnaires = "/api/projects/" + slug + "/questionnaires";
        Api.post(questionnaires, ANONYMOUS, questionnaire("Q")).expect(401);
        for (Caller refused : List.of(other, memberA, memberB)) {
            Api.post(questionnaires, refused, questionnaire("Q")).expectError(403);
        }
        long q = Api.post(questionnaires, coordinator, questionnaire("Autodiagnostic " + Token.next())).expect(201)
                .locationId();
        Api.post(questionnaires, ADMIN, questionnaire("Par l'administrateur")).expect(201);

        Api.get(questionnaires, ANONYMOUS).expect(401);
        Api.get(questionnaires, other).expectError(403);
        for (Caller reader : List.of(memberA, memberB, coordinator, ADMIN)) {
            assertTrue(Api.get(questionnaires, reader).expect(200).text().contains("comité de pilotage"));
        }
        String campaigns = "/api/projects/" + slug + "/campaigns";
        Api.post(campaigns, memberA, Json.createObjectBuilder().add("questionnaire", q).add("title", "C")
                .add("opensOn", "2026-01-01").add("closesOn", "2026-12-31").build()).expectError(403);
        long campaign = campaign(q, "Campagne des rôles");
        assertTrue(Api.get(campaigns, memberB).expect(200).text().contains("Campagne des rôles"));

        JsonObject draft = answer(Map.of("q1", List.of("4"), "q5", List.of("Beaucoup.")), null, false);
        Api.put(answers(campaign, orgA), ANONYMOUS, draft).expect(401);
        for (Caller refused : List.of(other, memberB, coordinator, ADMIN)) {
            Api.put(answers(campaign, orgA), refused, draft).expectError(403);
        }
        assertEquals("draft", Api.put(answers(campaign, orgA), memberA, draft).expect(200).json().getString("state"));

        Api.get(answers(campaign, orgA), ANONYMOUS).expect(401);
        for (Caller refused : List.of(other, memberB)) {
            Api.get(answers(campaign, orgA), refused).expectError(403);
            Api.get(answers(campaign, orgA) + "/report", refused).expectError(403);
        }
        for (Caller reader : List.of(memberA, memberA2, coordinator, ADMIN)) {
            assertEquals(List.of("4"), Api.get(answers(campaign, orgA), reader).expect(200).json()
                    .getJsonObject("responses").getJsonArray("q1").getValuesAs(jakarta.json.JsonString.class)
                    .stream().map(jakarta.json.JsonString::getString).toList());
            assertTrue(Api.get(answers(campaign, orgA) + "/report", reader).expect(200).text().contains("Beaucoup."));
        }
        String list = "/api/projects/" + slug + "/campaigns/" + campaign + "/answers";
        assertEquals(0, Api.get(list, memberB).expect(200).jsonArray().size(), "another organisation's answer");
        assertEquals(1, Api.get(list, coordinator).expect(200).jsonArray().size());
        Api.get(list, other).expectError(403);
        String comparison = "/api/projects/" + slug + "/campaigns/" + campaign + "/comparison";
        for (Caller refused : List.of(other, memberA, memberB)) {
            Api.get(comparison, refused).expectError(403);
        }
        Api.get(comparison, coordinator).expect(200);
        Api.get(comparison, ADMIN).expect(200);

        String pages = "/projets/" + slug + "/autodiagnostic";
        Api.get(pages, ANONYMOUS).expect(302);
        Api.get(pages, other).expect(403);
        assertTrue(Api.get(pages, memberA).expect(200).text().contains("Campagne des rôles"));
        assertTrue(Api.get(pages, coordinator).expect(200).text().contains("Créer un questionnaire"));
        assertFalse(Api.get(pages, memberA).text().contains("Créer un questionnaire"));
        String campaignPage = pages + "/campagnes/" + campaign;
        assertTrue(Api.get(campaignPage, memberA).expect(200).text().contains("Enregistrer le brouillon"));
        assertFalse(Api.get(campaignPage, memberB).expect(200).text().contains("Beaucoup."));
        Api.get(campaignPage + "/rapport/" + orgA, memberB).expect(403);
        Api.get(campaignPage + "/rapport/" + orgA, other).expect(403);
        assertTrue(Api.get(campaignPage + "/rapport/" + orgA, memberA2).expect(200).text().contains("Beaucoup."));
        Api.get(campaignPage + "/comparaison", memberA).expect(403);
        Api.get(campaignPage + "/comparaison.csv", memberA).expect(403);
        Api.get(pages + "/questionnaires/" + q, memberA).expect(403);
        Api.get(pages + "/questionnaires/" + q, coordinator).expect(200);
        Api.get("/projets/" + slug + "/autodiagnostic/campagnes/999999999", coordinator).expect(404);
        Api.get("/api/projects/" + slug + "/campaigns/999999999/answers/" + orgA, coordinator).expect(404);
        String openApi = Api.get("/openapi").expect(200).text();
        assertTrue(openApi.contains("/api/projects/{slug}/campaigns/{id}/answers/{organisation}")
                && openApi.contains("/api/projects/{slug}/questionnaires/{id}"), "documented in OpenAPI");
    }

    @Test
    void aStaleSaveIsRefusedAndNothingIsLost() {
        long q = Api.post("/api/projects/" + slug + "/questionnaires", coordinator, questionnaire("Verrou"))
                .expect(201).locationId();
        long campaign = campaign(q, "Campagne à plusieurs mains");
        long first = Api.put(answers(campaign, orgA), memberA, answer(Map.of("q1", List.of("2")), null, false))
                .expect(200).json().getJsonNumber("version").longValue();
        long second = Api.put(answers(campaign, orgA), memberA2, answer(Map.of("q1", List.of("3"),
                "q4", List.of("12")), first, false)).expect(200).json().getJsonNumber("version").longValue();
        assertNotEquals(first, second);

        JsonObject refused = Api.put(answers(campaign, orgA), memberA, answer(Map.of("q1", List.of("5")), first,
                false)).expectError(409);
        assertTrue(refused.getString("message").contains(memberA2Name), refused::toString);
        Api.put(answers(campaign, orgA), memberA, answer(Map.of("q1", List.of("5")), null, false)).expectError(409);
        JsonObject kept = Api.get(answers(campaign, orgA), memberA).expect(200).json();
        assertEquals("3", kept.getJsonObject("responses").getJsonArray("q1").getString(0), "no lost update");
        assertEquals("12", kept.getJsonObject("responses").getJsonArray("q4").getString(0));

        // Through the page too: the form carries the version it was read at.
        WebSession page = new WebSession();
        page.login(memberAName, Api.passwordOf(memberAName)).expect(303);
        String form = "/projets/" + slug + "/autodiagnostic/campagnes/" + campaign;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("organisation", String.valueOf(orgA));
        fields.put("version", String.valueOf(first));
        fields.put("r-q1", "1");
        fields.put("action", "brouillon");
        String stale = page.submit(form, form, fields).expect(409).text();
        assertTrue(stale.contains("entre-temps"), stale);
        fields.put("version", String.valueOf(second));
        assertEquals(form + "?fait=brouillon", page.submit(form, form, fields).expect(302).header("Location")
                .orElseThrow().replace(Api.BASE, ""));
        assertEquals("1", Api.get(answers(campaign, orgA), memberA2).expect(200).json().getJsonObject("responses")
                .getJsonArray("q1").getString(0));

        Api.put(answers(campaign, orgA), memberA, answer(Map.of("q1", List.of("6")), second + 1, false))
                .expectError(400);
        Api.put(answers(campaign, orgA), memberA, answer(Map.of("inconnue", List.of("1")), second + 1, false))
                .expectError(400);
    }

    @Test
    void scoresComparisonCsvAndProgressBetweenCampaigns() {
        long q = Api.post("/api/projects/" + slug + "/questionnaires", coordinator, questionnaire("Scores"))
                .expect(201).locationId();
        long start = campaign(q, "Campagne de départ");
        // A: scale 5 (weight 2) and « Parfois » (1 of 2): (2 × 1 + 0.5) / 3 = 83.3 %; habitants (2 of 4) = 50 %.
        Api.put(answers(start, orgA), memberA, answer(Map.of("q1", List.of("5"), "q2", List.of("1"),
                "q3", List.of("0"), "q5", List.of("Des « ateliers »; =1+1")), null, true)).expect(200);
        // B: scale 1 only: 0 %; the second section unanswered.
        Api.put(answers(start, orgB), memberB, answer(Map.of("q1", List.of("1")), null, true)).expect(200);
        Api.put(answers(start, orgB), memberB, answer(Map.of("q1", List.of("2")), 1L, false)).expectError(409);

        JsonObject comparison = Api.get("/api/projects/" + slug + "/campaigns/" + start + "/comparison", coordinator)
                .expect(200).json();
        assertEquals(List.of("Gouvernance", "Bénéficiaires"), comparison.getJsonArray("sections")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        Map<Long, JsonObject> rows = new LinkedHashMap<>();
        comparison.getJsonArray("rows").getValuesAs(JsonObject.class)
                .forEach(r -> rows.put(r.getJsonNumber("actorId").longValue(), r));
        assertEquals(250.0 / 3, rows.get(orgA).getJsonArray("scores").getJsonNumber(0).doubleValue(), 1e-9);
        assertEquals(50.0, rows.get(orgA).getJsonArray("scores").getJsonNumber(1).doubleValue(), 1e-9);
        assertEquals(0.0, rows.get(orgB).getJsonArray("scores").getJsonNumber(0).doubleValue(), 1e-9);
        assertTrue(rows.get(orgB).getJsonArray("scores").isNull(1), "no score without a scored response");

        String base = "/projets/" + slug + "/autodiagnostic/campagnes/" + start;
        String page = Api.get(base + "/comparaison", coordinator).expect(200).text();
        assertTrue(page.contains("<svg") && page.contains("<polygon") && page.contains("83,3 %"), page);
        String csv = Api.get(base + "/comparaison.csv", coordinator).expect(200).text();
        assertTrue(csv.contains("Gouvernance (%)") && csv.contains("83,3") && csv.contains("Habitants"), csv);
        assertTrue(csv.contains("ateliers"), "the text answers are in the CSV");

        // A new version once answered; the answers keep theirs.
        JsonObject changed = Api.put("/api/projects/" + slug + "/questionnaires/" + q, coordinator,
                questionnaire("Scores, version 2")).expect(200).json();
        assertNotEquals(q, changed.getJsonNumber("id").longValue());
        assertEquals(2, changed.getInt("version"));
        assertEquals(q, changed.getJsonNumber("previous").longValue());
        JsonObject old = Api.get("/api/projects/" + slug + "/questionnaires/" + q, memberA).expect(200).json();
        assertTrue(old.getBoolean("superseded"));
        assertEquals("Scores", old.getString("title"));
        Api.put("/api/projects/" + slug + "/questionnaires/" + q, coordinator, questionnaire("Encore"))
                .expectError(409);

        long end = campaign(changed.getJsonNumber("id").longValue(), "Campagne de fin");
        Api.put(answers(end, orgA), memberA, answer(Map.of("q1", List.of("3"), "q3", List.of("0", "1")), null, true))
                .expect(200);
        JsonObject progress = Api.get("/api/projects/" + slug + "/campaigns/" + end + "/comparison", coordinator)
                .expect(200).json();
        assertEquals("Campagne de départ", progress.getString("previous"));
        JsonObject deltas = progress.getJsonArray("progress").getJsonObject(0);
        JsonObject governance = deltas.getJsonArray("deltas").getJsonObject(0);
        assertEquals(250.0 / 3, governance.getJsonNumber("before").doubleValue(), 1e-9);
        assertEquals(50.0, governance.getJsonNumber("after").doubleValue(), 1e-9);
        assertEquals(50.0 - 250.0 / 3, governance.getJsonNumber("change").doubleValue(), 1e-9);
        assertTrue(Api.get("/projets/" + slug + "/autodiagnostic/campagnes/" + end + "/comparaison", coordinator)
                .expect(200).text().contains("Progression depuis"));
    }
}

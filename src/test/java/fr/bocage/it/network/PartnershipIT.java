package fr.bocage.it.network;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static fr.bocage.it.Api.hitIds;
import static fr.bocage.it.Api.searchSettled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Api.Form;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Partnerships and programmes over HTTP: moderators enter them, everybody reads them; the convention is searched
 * like any document; a withdrawn partnership is gone from every list, page and search.
 */
public class PartnershipIT {
    private static Caller moderator;
    private static Caller contributor;
    private static String moderatorName;

    @BeforeAll
    static void accounts() {
        moderatorName = "animatrice-" + Token.next();
        moderator = Api.createAccount(moderatorName, "moderator");
        contributor = Api.createAccount("contributeur-" + Token.next(), "contributor");
    }

    static JsonObjectBuilder programme(String name) {
        return Json.createObjectBuilder().add("name", name).add("funder", "Interreg Europe").add("startYear", 2021)
                .add("endYear", 2027).add("description", "Coopération interrégionale.");
    }

    static JsonObjectBuilder partnership(String title, String... objectives) {
        JsonArrayBuilder numbered = Json.createArrayBuilder();
        List.of(objectives).forEach(numbered::add);
        return Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("title", title)
                        .add("summary", "Convention pluriannuelle d'objectifs.")
                        .add("themes", Json.createArrayBuilder().add("biodiversity"))
                        .add("territory", "hauts-de-france"))
                .add("scale", "regional").add("startYear", 2018).add("endYear", 2021).add("budget", 1850000)
                .add("objectives", numbered);
    }

    @Test
    void aModeratorEntersAProgrammeAndAPartnershipThatEverybodyReads() {
        String name = "Interreg Haies " + Token.next();
        long programme = Api.post("/api/programmes", moderator, programme(name).build()).expect(201).locationId();
        String title = "Convention régionale " + Token.next();
        long id = Api.post("/api/partnerships", moderator, partnership(title, "Préserver la trame verte et bleue",
                "Accompagner les collectivités", "Sensibiliser les habitants").add("programme", programme).build())
                .expect(201).locationId();

        JsonObject read = Api.get("/api/partnerships/" + id, ANONYMOUS).expect(200).json();
        assertEquals(title, read.getString("title"));
        assertEquals("regional", read.getString("scale"));
        assertEquals("published", read.getString("status"));
        assertEquals(name, read.getJsonObject("programme").getString("name"));
        assertEquals(3, read.getJsonArray("objectives").size());
        assertEquals("Accompagner les collectivités", read.getJsonArray("objectives").getString(1));
        assertTrue(Api.get("/api/partnerships?programme=" + programme, ANONYMOUS).expect(200).text().contains(title));

        String list = Api.get("/partenariats", ANONYMOUS).expect(200).text();
        assertTrue(list.contains(title) && list.contains("Régionale") && list.contains(name), list);
        String page = Api.get("/partenariats/" + id, ANONYMOUS).expect(200).text();
        assertTrue(page.contains("<li>Accompagner les collectivités</li>"), "objectives are a numbered list");
        assertTrue(page.contains("2018–2021") && page.contains("/programmes/" + programme), page);
        assertTrue(Api.get("/programmes/" + programme, ANONYMOUS).expect(200).text().contains(title));
        assertTrue(Api.get("/ressources/" + id, ANONYMOUS).expect(302).header("Location").orElseThrow()
                .endsWith("/partenariats/" + id), "the resource page leads to the partnership's own page");
    }

    @Test
    void theConventionIsSearchedAndDownloadedAndAWithdrawnPartnershipIsGoneEverywhere() {
        String word = "conventionword" + Token.next().toLowerCase();
        long programme = Api.post("/api/programmes", moderator, programme("Programme " + Token.next()).build())
                .expect(201).locationId();
        String title = "Convention territoriale " + Token.next();
        long id = Api.post("/api/partnerships", moderator, partnership(title, "Replanter des haies")
                .add("programme", programme).build()).expect(201).locationId();
        String convention = "Convention. Les parties replantent des haies bocagères. " + word;

        Api.upload("/api/partnerships/" + id + "/convention", Form.text("convention.txt", convention), contributor)
                .expectError(403);
        JsonObject withFile = Api.upload("/api/partnerships/" + id + "/convention",
                Form.text("convention.txt", convention), moderator).expect(200).json();
        assertEquals("/api/resources/" + id + "/file", withFile.getString("convention"));
        assertTrue(Api.get(withFile.getString("convention"), ANONYMOUS).expect(200).text().contains(word));
        assertEquals(List.of(id), hitIds(searchSettled(1, "q", word)), "the convention's words find it");
        assertEquals(List.of(id), hitIds(searchSettled(1, "q", "Replanter des haies " + title, "type", "partnership", "exact", "true")));

        Api.post("/api/resources/" + id + "/withdraw", moderator, Json.createObjectBuilder()
                .add("message", "Convention échue.").build()).expect(200);
        Api.get("/api/partnerships/" + id, ANONYMOUS).expectError(410);
        Api.get("/partenariats/" + id, ANONYMOUS).expect(410);
        assertFalse(Api.get("/partenariats", ANONYMOUS).expect(200).text().contains(title));
        assertFalse(Api.get("/programmes/" + programme, ANONYMOUS).expect(200).text().contains(title));
        assertFalse(Api.get("/api/partnerships", ANONYMOUS).expect(200).text().contains(title));
        assertEquals(0, searchSettled(0, "q", word).getInt("total"));
    }

    @Test
    void wrongInputIsRefusedFieldByField() {
        JsonObject noName = Api.post("/api/programmes", moderator, Json.createObjectBuilder().add("funder", "LIFE")
                .build()).expectError(400);
        assertTrue(noName.toString().contains("le nom du programme est obligatoire"), noName::toString);

        JsonObject years = Api.post("/api/partnerships", moderator, partnership("Années " + Token.next())
                .add("startYear", 2022).add("endYear", 2019).build()).expectError(400);
        assertTrue(years.toString().contains("endYear") && years.toString().contains("ne peut pas précéder"),
                years::toString);

        long document = Api.create(Form.text("note.txt", "Une note " + Token.next()).described());
        JsonObject party = Api.post("/api/partnerships", moderator, partnership("Parties " + Token.next())
                .add("parties", Json.createArrayBuilder().add(document)).build()).expectError(400);
        assertTrue(party.toString().contains("Aucun acteur n'a l'identifiant " + document), party::toString);

        JsonObject programme = Api.post("/api/partnerships", moderator, partnership("Programme " + Token.next())
                .add("programme", 999_999_999).build()).expectError(400);
        assertTrue(programme.toString().contains("Le programme 999999999 n'existe pas"), programme::toString);

        JsonObject scale = Api.post("/api/partnerships", moderator, partnership("Échelle " + Token.next())
                .add("scale", "cosmique").build()).expectError(400);
        assertTrue(scale.toString().contains("l'échelle vaut regional"), scale::toString);

        Api.post("/api/partnerships", contributor, partnership("Refusé " + Token.next()).build()).expectError(403);
        Api.post("/api/programmes", ANONYMOUS, programme("Refusé").build()).expectError(401);
        Api.get("/programmes/999999999", ANONYMOUS).expect(404);
        Api.get("/partenariats/999999999", ANONYMOUS).expect(404);
        Api.get("/partenariats/abc", ANONYMOUS).expect(404);
    }

    @Test
    void whatAModeratorTypesIsPrintedAsText() {
        String title = "<script>alert('partenariat')</script> " + Token.next();
        long id = Api.post("/api/partnerships", ADMIN, partnership(title, "<b>gras</b>").build()).expect(201)
                .locationId();
        String page = Api.get("/partenariats/" + id, ANONYMOUS).expect(200).text();
        assertFalse(page.contains("<script>alert('partenariat')") || page.contains("<b>gras</b>"), page);
        assertTrue(page.contains("&lt;b&gt;gras&lt;/b&gt;"));
    }

    @Test
    void aModeratorEntersAPartnershipWithTheFormAndKeepsWhatTheyTypedOnAnError() {
        WebSession pages = new WebSession();
        pages.login(moderatorName, Api.passwordOf(moderatorName)).expect(303);
        assertTrue(pages.get("/partenariats").expect(200).text().contains("/partenariats/nouveau"));
        String programme = "Programme du formulaire " + Token.next();
        long programmeId = Api.post("/api/programmes", moderator, programme(programme).build()).expect(201)
                .locationId();
        String title = "Convention du formulaire " + Token.next();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("title", title, "summary", "Une convention.",
                "theme", "biodiversity", "territory", "bretagne", "scale", "territorial", "startYear", "deux mille",
                "budget", "240 000 €", "programme", Long.toString(programmeId),
                "objectives", "Replanter des haies\n\nFormer les agents"));
        String refused = pages.submit("/partenariats/nouveau", "/partenariats/nouveau", fields).expect(400).text();
        assertTrue(refused.contains("« deux mille » n&#039;est pas une année") || refused.contains("« deux mille » n'est pas une année"),
                refused);
        assertTrue(refused.contains(title) && refused.contains("Former les agents"), "what was typed stays");

        fields.put("startYear", "2024");
        String location = pages.submit("/partenariats/nouveau", "/partenariats/nouveau", fields).expect(302)
                .header("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonObject saved = Api.get("/api/partnerships/" + id, ANONYMOUS).expect(200).json();
        assertEquals(List.of("Replanter des haies", "Former les agents"),
                saved.getJsonArray("objectives").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList(), "one objective a line, blank lines skipped");
        assertEquals(240000, saved.getJsonNumber("budget").intValue());
        assertEquals(programme, saved.getJsonObject("programme").getString("name"));

        String edit = pages.get("/partenariats/" + id + "/modifier").expect(200).text();
        assertTrue(edit.contains("value=\"2024\"") && edit.contains("Former les agents"), edit);
        WebSession contributorPages = new WebSession();
        String contributorName = "contributrice-" + Token.next();
        Api.createAccount(contributorName, "contributor");
        contributorPages.login(contributorName, Api.passwordOf(contributorName)).expect(303);
        contributorPages.get("/partenariats/" + id + "/modifier").expect(403);
        assertFalse(contributorPages.get("/partenariats/" + id).expect(200).text().contains("/modifier"));
    }
}

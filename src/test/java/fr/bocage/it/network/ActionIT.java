package fr.bocage.it.network;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Token;
import fr.bocage.it.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Actions over HTTP: proposed by a contributor, published by a moderator, found by search and facets, counted in
 * the results once published only; and the results exact on a known data set. Each test isolates its data set by
 * a theme of its own (added to the vocabulary), which the results are filtered by.
 */
class ActionIT {

    /** A theme nobody else uses: the results filtered by it count this test's actions only. */
    private static String ownTheme() {
        String code = "theme-" + Token.next();
        Api.post("/api/vocabularies/theme", ADMIN, Json.createObjectBuilder().add("code", code)
                .add("label", "Thème d'essai " + code).build()).expect(201);
        return code;
    }

    /** An actor: a published resource of type actor (fr.bocage.network.actor makes them with more fields). */
    private static long actor(String name) {
        return Api.create(Api.Form.text("acteur.txt", "Présentation de " + name + " " + Token.next())
                .field("title", name).field("type", "actor").described());
    }

    static JsonObjectBuilder action(String title, String territory, List<String> themes, String scheme,
            JsonArrayBuilder values) {
        JsonArrayBuilder themeList = Json.createArrayBuilder();
        themes.forEach(themeList::add);
        JsonObjectBuilder action = Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("title", title)
                        .add("summary", "Une action de démonstration pour les essais.")
                        .add("themes", themeList).add("territory", territory))
                .add("sections", Json.createObjectBuilder().add("context", "Un bocage dégradé.")
                        .add("results", "Des haies replantées."))
                .add("progress", "ongoing")
                .add("indicators", values);
        if (scheme != null) {
            action.add("scheme", scheme);
        }
        return action;
    }

    static JsonObject value(String indicator, int year, String amount) {
        return Json.createObjectBuilder().add("indicator", indicator).add("year", year)
                .add("value", new BigDecimal(amount)).build();
    }

    private static long create(Caller who, JsonObjectBuilder action) {
        return Api.post("/api/actions", who, action.build()).expect(201).locationId();
    }

    private static long published(JsonObjectBuilder action) {
        long id = create(ADMIN, action);
        Api.post("/api/actions/" + id + "/submit", ADMIN, Json.createObjectBuilder().build()).expect(200);
        Api.post("/api/resources/" + id + "/publish", ADMIN, Json.createObjectBuilder().build()).expect(200);
        return id;
    }

    /** Indicator code → total, for the indicators that have one. */
    private static Map<String, BigDecimal> totals(JsonObject results) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        results.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.containsKey("total") && !i.isNull("total"))
                .forEach(i -> totals.put(i.getString("code"), i.getJsonNumber("total").bigDecimalValue()));
        return totals;
    }

    /** Key → (indicator code → figure) of one breakdown. */
    private static Map<String, Map<String, BigDecimal>> breakdown(JsonObject results, String dimension) {
        Map<String, Map<String, BigDecimal>> rows = new LinkedHashMap<>();
        JsonObject found = results.getJsonArray("breakdowns").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("dimension").equals(dimension)).findFirst().orElseThrow();
        for (JsonObject row : found.getJsonArray("rows").getValuesAs(JsonObject.class)) {
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            row.getJsonObject("figures").forEach((code, v) -> figures.put(code, new BigDecimal(v.toString())));
            rows.put(row.isNull("key") ? null : row.getString("key"), figures);
        }
        return rows;
    }

    private static Map<String, BigDecimal> figures(Object... codeThenFigure) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (int i = 0; i < codeThenFigure.length; i += 2) {
            figures.put((String) codeThenFigure[i], new BigDecimal(codeThenFigure[i + 1].toString()));
        }
        return figures;
    }

    private static JsonObject results(String query) {
        return Api.get("/api/actions/indicators?" + query).expect(200).json();
    }

    @Test
    void theResultsAreExactOnAKnownDataSetAndCountPublishedActionsOnly() {
        String theme = ownTheme();
        published(action("Haies du bocage " + Token.next(), "bretagne", List.of(theme, "water"), "natura-2000",
                Json.createArrayBuilder().add(value("hedges-planted-m", 2021, "100"))
                        .add(value("hedges-planted-m", 2022, "250")).add(value("species-inventoried", 2021, "40"))
                        .add(value("species-inventoried", 2022, "55")).add(value("communes-engaged", 2022, "3"))));
        published(action("Mares de Guadeloupe " + Token.next(), "guadeloupe", List.of(theme),
                "engaged-for-nature", Json.createArrayBuilder().add(value("hedges-planted-m", 2022, "50"))
                        .add(value("species-inventoried", 2022, "70")).add(value("participants", 2023, "12.5"))));
        // Published, but without any value: counted nowhere, and nothing breaks.
        published(action("Sans chiffres " + Token.next(), "bretagne", List.of(theme), null, Json.createArrayBuilder()));
        // A draft and a submitted action: never counted.
        create(ADMIN, action("Brouillon " + Token.next(), "bretagne", List.of(theme), "natura-2000",
                Json.createArrayBuilder().add(value("hedges-planted-m", 2022, "1000"))
                        .add(value("species-inventoried", 2022, "999")).add(value("communes-engaged", 2022, "1"))));
        long submitted = create(ADMIN, action("Soumise " + Token.next(), "guadeloupe", List.of(theme), null,
                Json.createArrayBuilder().add(value("hedges-planted-m", 2021, "500"))));
        Api.post("/api/actions/" + submitted + "/submit", ADMIN, Json.createObjectBuilder().build()).expect(200);

        JsonObject all = results("theme=" + theme);
        assertEquals(figures("hedges-planted-m", 400, "species-inventoried", 70, "participants", "12.5",
                "communes-engaged", 1), totals(all), "sum, max, sum, count of actions");
        JsonObject hedges = all.getJsonArray("indicators").getJsonObject(0);
        assertEquals("hedges-planted-m", hedges.getString("code"));
        assertEquals("m", hedges.getString("unit"));
        assertEquals("sum", hedges.getString("aggregation"));
        assertEquals(2, hedges.getInt("actions"));
        assertTrue(all.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("code").equals("area-restored-ha") && !i.containsKey("total")
                        && i.getInt("actions") == 0), "an indicator nobody reported has no total");

        Map<String, Map<String, BigDecimal>> byYear = breakdown(all, "year");
        assertEquals(List.of("2021", "2022", "2023"), List.copyOf(byYear.keySet()), "years in order");
        assertEquals(figures("hedges-planted-m", 100, "species-inventoried", 40), byYear.get("2021"));
        assertEquals(figures("hedges-planted-m", 300, "species-inventoried", 70, "communes-engaged", 1),
                byYear.get("2022"));
        assertEquals(figures("participants", "12.5"), byYear.get("2023"));

        Map<String, Map<String, BigDecimal>> byTerritory = breakdown(all, "territory");
        assertEquals(figures("hedges-planted-m", 350, "species-inventoried", 55, "communes-engaged", 1),
                byTerritory.get("bretagne"));
        assertEquals(figures("hedges-planted-m", 50, "species-inventoried", 70, "participants", "12.5"),
                byTerritory.get("guadeloupe"));

        Map<String, Map<String, BigDecimal>> byScheme = breakdown(all, "scheme");
        assertEquals(figures("hedges-planted-m", 350, "species-inventoried", 55, "communes-engaged", 1),
                byScheme.get("natura-2000"));
        assertEquals(figures("hedges-planted-m", 50, "species-inventoried", 70, "participants", "12.5"),
                byScheme.get("engaged-for-nature"));
        assertEquals(2, byScheme.size(), "the action without scheme has no value: no « not told » row");

        Map<String, Map<String, BigDecimal>> byTheme = breakdown(all, "theme");
        assertEquals(figures("hedges-planted-m", 400, "species-inventoried", 70, "participants", "12.5",
                "communes-engaged", 1), byTheme.get(theme));
        assertEquals(figures("hedges-planted-m", 350, "species-inventoried", 55, "communes-engaged", 1),
                byTheme.get("water"), "an action counts in each of its themes");

        assertEquals(figures("hedges-planted-m", 300, "species-inventoried", 70, "communes-engaged", 1),
                totals(results("theme=" + theme + "&year=2022")), "year filters the values' years");
        assertEquals(figures("hedges-planted-m", 350, "species-inventoried", 55, "communes-engaged", 1),
                totals(results("theme=" + theme + "&scheme=Natura%202000")), "a scheme by its label");
        assertEquals(figures("hedges-planted-m", 50, "species-inventoried", 70, "participants", "12.5"),
                totals(results("theme=" + theme + "&territory=guadeloupe&progress=ongoing")));
        assertEquals(Map.of(), totals(results("theme=" + theme + "&progress=completed")));
        Api.get("/api/actions/indicators?year=deux-mille").expectError(400);
        Api.get("/api/actions/indicators?scheme=inconnu").expectError(400);

        String csv = Api.get("/actions/bilan.csv?theme=" + theme).expect(200).text();
        assertTrue(csv.contains("total;;;hedges-planted-m;Mètres de haies plantées;m;sum;400;2"), csv);
        assertTrue(csv.contains("year;2022;2022;hedges-planted-m;Mètres de haies plantées;m;sum;300;"), csv);
        assertEquals(csv, Api.get("/actions/bilan?format=csv&theme=" + theme).expect(200).text());
        assertEquals(csv, Api.get("/api/actions/indicators.csv?theme=" + theme).expect(200).text());

        String page = Api.get("/actions/bilan?theme=" + theme).expect(200).text();
        assertTrue(page.contains("<svg") && page.contains("role=\"img\""), "charts drawn on the server");
        assertTrue(page.contains("Mètres de haies plantées — par territoire"), page);
        assertTrue(page.contains("<td class=\"figure\">350 m</td>"), "the table, the charts' text alternative");
        assertTrue(page.contains("Thème d&#039;essai " + theme) || page.contains("Thème d&#39;essai " + theme),
                "the theme's label in the filters and the rows");
    }

    @Test
    void aContributorsActionIsADraftUntilPublishedThenFoundCountedAndExported() {
        String theme = ownTheme();
        String word = Token.next();
        Caller contributor = Api.createAccount("contributrice-" + Token.next(), "contributor");
        long lead = actor("CPIE de démonstration " + Token.next());
        long guide = Api.create(Api.Form.text("guide.txt", "Guide de plantation " + Token.next())
                .field("title", "Guide de plantation des haies " + Token.next()).described());
        JsonObject proposed = Api.post("/api/actions", contributor,
                action("Replanter le bocage " + word, "la-reunion", List.of(theme, "biodiversity"), "green-blue-grid",
                        Json.createArrayBuilder().add(value("hedges-planted-m", 2024, "1200"))
                                .add(value("participants", 2024, "35")))
                        .add("leadActor", lead).add("partners", Json.createArrayBuilder().add(lead))
                        .add("linkedResources", Json.createArrayBuilder().add(guide))
                        .add("commune", "Saint-Pierre").add("startYear", 2023).add("endYear", 2025)
                        .add("budget", 15000).add("funders", Json.createArrayBuilder().add("Région").add("OFB"))
                        .build()).expect(201).json();
        long id = proposed.getJsonNumber("id").longValue();
        assertEquals("draft", proposed.getString("status"));
        assertEquals("green-blue-grid", proposed.getString("scheme"));
        assertEquals(lead, proposed.getJsonNumber("leadActor").longValue());
        assertEquals("Des haies replantées.", proposed.getJsonObject("sections").getString("results"));

        // Unpublished: nowhere to be seen by others.
        Api.get("/api/actions/" + id).expectError(404);
        Api.get("/api/actions/" + id, contributor).expect(200);
        Api.get("/actions/" + id).expect(404);
        assertTrue(Api.get("/actions/" + id, contributor).expect(200).text().contains("Brouillon"));
        assertEquals(Map.of(), totals(results("theme=" + theme)));
        assertFalse(Api.get("/api/actions/export").expect(200).text().contains(word));
        assertFalse(Api.get("/api/actions/export.csv").expect(200).text().contains(word));
        assertFalse(Api.get("/ressources/" + guide).expect(200).text().contains(word), "no draft in « used by »");

        Api.post("/api/actions/" + id + "/submit", contributor, Json.createObjectBuilder().build()).expect(200);
        Api.post("/api/resources/" + id + "/publish", ADMIN, Json.createObjectBuilder().build()).expect(200);

        JsonObject found = Api.poll("/api/actions?q=" + word, ANONYMOUS,
                a -> a.status() == 200 && a.json().getJsonNumber("total").longValue() == 1, Duration.ofSeconds(10))
                .json();
        assertEquals(id, found.getJsonArray("actions").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(1, Api.get("/api/actions?q=" + word + "&scheme=green-blue-grid&progress=ongoing").expect(200)
                .json().getJsonNumber("total").longValue(), "the scheme and progress facets");
        assertEquals(0, Api.get("/api/actions?q=" + word + "&progress=completed").expect(200).json()
                .getJsonNumber("total").longValue());
        assertEquals(List.of(id), Api.hitIds(Api.searchSettled(1, "q", word, "type", "action")),
                "found by the one search, with the type facet");

        assertEquals(figures("hedges-planted-m", 1200, "participants", 35), totals(results("theme=" + theme)));
        String directory = Api.get("/actions?q=" + word).expect(200).text();
        assertTrue(directory.contains("Replanter le bocage " + word) && directory.contains("<legend>Dispositif</legend>"),
                directory);
        String page = Api.get("/actions/" + id).expect(200).text();
        assertTrue(page.contains("href=\"/acteurs/" + lead + "\""), "the lead actor by name, to its page");
        assertTrue(page.contains("Trame verte et bleue") && page.contains("2023–2025") && page.contains("1 200 m"),
                page);
        assertTrue(Api.get("/ressources/" + guide).expect(200).text().contains("href=\"/actions/" + id + "\""),
                "the resource lists the actions that used it");
        Api.get("/ressources/" + id).expect(302);
        assertTrue(Api.get("/api/actions/export").expect(200).text().contains(word));
        String csv = Api.get("/api/actions/export.csv").expect(200).text();
        assertTrue(csv.contains("Replanter le bocage " + word) && csv.contains("hedges-planted-m:2024=1200"), csv);

        // Its author changes it while published? The workflow decides; a stranger never may.
        Caller stranger = Api.createAccount("inconnue-" + Token.next(), "contributor");
        Api.put("/api/actions/" + id, stranger, action("Pris " + word, "bretagne", List.of(theme), null,
                Json.createArrayBuilder()).build()).expectError(403);
    }

    @Test
    void invalidActionsAreRefusedWithEachFieldNamed() {
        Caller contributor = Api.createAccount("contributeur-" + Token.next(), "contributor");
        JsonObject refused = Api.post("/api/actions", contributor, Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("title", "Sans avancement"))
                .add("startYear", 1800).add("budget", -5)
                .add("indicators", Json.createArrayBuilder().add(Json.createObjectBuilder().add("indicator", "x")))
                .build()).expectError(400);
        String fields = refused.toString();
        assertTrue(fields.contains("progress : ") && fields.contains("startYear : ") && fields.contains("budget : ")
                && fields.contains("year : ") && fields.contains("value : "), fields);

        long notAnActor = Api.create(Api.Form.text("doc.txt", "Un document " + Token.next()).described());
        JsonObject unknown = Api.post("/api/actions", contributor, action("Acteur inconnu", "bretagne",
                List.of("water"), null, Json.createArrayBuilder().add(value("inconnu", 2024, "1"))
                        .add(value("ponds-created", 2024, "1")).add(value("ponds-created", 2024, "2")))
                .add("leadActor", notAnActor).add("startYear", 2025).add("endYear", 2020).build()).expectError(400);
        String named = unknown.toString();
        assertTrue(named.contains("leadActor : ") && named.contains("endYear : ") && named.contains("indicators : "),
                named);
        Api.post("/api/actions", ANONYMOUS, action("x", "bretagne", List.of("water"), null,
                Json.createArrayBuilder()).build()).expectError(401);
    }

    @Test
    void aContributorProposesAnActionThroughTheFormEachErrorBesideItsFieldThenSubmitsIt() {
        String user = "contributrice-" + Token.next();
        Api.createAccount(user, "contributor");
        WebSession pages = new WebSession();
        pages.login(user, Api.passwordOf(user)).expect(303);
        String word = Token.next();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Creuser des mares " + word);
        fields.put("summary", "Des mares pour les amphibiens.");
        fields.put("theme", "water");
        fields.put("territory", "bretagne");
        fields.put("context", "Des prairies sans eau.");
        fields.put("progress", "");
        fields.put("action-budget", "douze");
        fields.put("value-indicator-0", "ponds-created");
        fields.put("value-year-0", "2024");
        fields.put("value-amount-0", "4");
        fields.put("action", "submit");
        String refused = pages.submit("/actions/nouvelle", "/actions/nouvelle", fields).expect(400).text();
        assertTrue(refused.contains("id=\"action-budget-error\""), refused);
        assertTrue(refused.contains("Creuser des mares " + word) && refused.contains("Des prairies sans eau."),
                "what was typed stays");

        fields.put("action-budget", "12 000");
        fields.put("value-year-0", "1800");
        refused = pages.submit("/actions/nouvelle", "/actions/nouvelle", fields).expect(400).text();
        assertTrue(refused.contains("id=\"progress-error\"") && refused.contains("id=\"value-year-0-error\""),
                refused);

        fields.put("progress", "planned");
        fields.put("value-year-0", "2024");
        Api.Answer saved = pages.submit("/actions/nouvelle", "/actions/nouvelle", fields).expect(302);
        String location = saved.header("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonObject action = Api.get("/api/actions/" + id, Caller.account(user, Api.passwordOf(user))).expect(200)
                .json();
        assertEquals("submitted", action.getString("status"));
        assertEquals(0, new BigDecimal("12000").compareTo(action.getJsonNumber("budget").bigDecimalValue()));
        assertEquals("ponds-created", action.getJsonArray("indicators").getJsonObject(0).getString("indicator"));
        assertEquals("Des prairies sans eau.", action.getJsonObject("sections").getString("context"));
        pages.get("/actions/" + id + "/modifier").expect(409);
        Api.get("/actions/nouvelle").expect(302);
    }

    @Test
    void theIndicatorCatalogueIsReadByAllAndChangedByAdministrators() {
        JsonObject first = Api.get("/api/indicators").expect(200).jsonArray().getJsonObject(0);
        assertEquals("hedges-planted-m", first.getString("code"));
        assertEquals("Mètres de haies plantées", first.getString("label"));
        String code = "essai-" + Token.next();
        JsonObject added = Api.post("/api/indicators", ADMIN, Json.createObjectBuilder().add("code", code)
                .add("label", "Nichoirs posés").add("aggregation", "sum").build()).expect(201).json();
        assertTrue(!added.containsKey("unit") || added.isNull("unit"), added.toString());
        Api.post("/api/indicators", ADMIN, Json.createObjectBuilder().add("code", code).add("label", "Doublon")
                .add("aggregation", "sum").build()).expectError(409);
        assertEquals("max", Api.put("/api/indicators/" + code, ADMIN, Json.createObjectBuilder()
                .add("label", "Nichoirs posés").add("aggregation", "max").build()).expect(200).json()
                .getString("aggregation"));
        Api.post("/api/indicators", Api.createAccount("moderatrice-" + Token.next(), "moderator"),
                Json.createObjectBuilder().add("code", "x").add("label", "x").add("aggregation", "sum").build())
                .expectError(403);
        Api.post("/api/indicators", ADMIN, Json.createObjectBuilder().add("code", "Pas Bon").add("label", "x")
                .add("aggregation", "moyenne").build()).expectError(400);
    }
}

package fr.bocage.it.network;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Token;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Imports of actors and actions from CSV files (issue 13 #7) through the import jobs: good and bad rows, the rows
 * refused with their line, column and reason, what is stored (fields, indicator values, the results' totals), who
 * may import, and a header that refuses the whole file. Each run has a theme of its own, which the results and
 * lists are filtered by.
 */
class NetworkImportIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static String ownTheme() {
        String code = "theme-" + Token.next();
        Api.post("/api/vocabularies/theme", ADMIN, Json.createObjectBuilder().add("code", code)
                .add("label", "Thème d'essai " + code).build()).expect(201);
        return code;
    }

    /** Posts a CSV file as the body, as a client of the API does. */
    private static Answer postCsv(String path, Caller caller, String csv) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
        caller.authorization().ifPresent(value -> request.header("Authorization", value));
        return Api.send(CLIENT, request);
    }

    /** Starts an import and follows it to its end. */
    private static JsonObject imported(String kind, Caller caller, String csv) {
        Answer started = postCsv("/api/imports/" + kind + "?publish=true&name=" + kind + "-essai.csv", caller, csv)
                .expect(202);
        String location = started.header("Location").orElseThrow();
        assertTrue(location.endsWith("/api/imports/" + started.locationId()), location);
        assertEquals(kind, started.json().getString("kind"));
        JsonObject job = Api.poll("/api/imports/" + started.locationId(), caller,
                answer -> !"running".equals(answer.json().getString("state")), Duration.ofMinutes(2)).json();
        assertEquals("done", job.getString("state"), job::toString);
        return job;
    }

    private static Map<Long, JsonObject> errorsByLine(JsonObject job) {
        return job.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getJsonNumber("line").longValue(), Function.identity()));
    }

    private static void assertRefused(JsonObject error, String... fragments) {
        assertEquals("refused", error.getString("status"), error::toString);
        for (String fragment : fragments) {
            assertTrue(error.getString("message").contains(fragment), () -> fragment + " in " + error);
        }
    }

    /** The published items of a list of the API, once the index holds {@code expected} of them. */
    private static JsonObject listed(String path, String array, long expected) {
        return Api.poll(path, ANONYMOUS, a -> a.status() == 200
                && a.json().getJsonNumber("total").longValue() == expected, Duration.ofSeconds(20)).json();
    }

    @Test
    void importsActorsThenTheirActionsWithEveryBadRowRefusedForAReasonAndNothingHalfStored() {
        String token = Token.next();
        String theme = ownTheme();
        Caller moderator = Api.createAccount("import-mod-" + token, "moderator");
        String a1 = "Association Haies vives " + token;
        String a2 = "Commune de Plélan " + token;
        String a3 = "CPIE Forêt de Brocéliande " + token;
        String actors = "name,kind,siren,commune,territory,website,themes,description,engagement,engagedSince,contactEmail\r\n"
                // line 2 to 8: good rows, vocabularies by code or by French label in any case
                + a1 + ",association,732 829 320,Rennes,bretagne,https://haies.example.org," + theme + ",\"Haies, talus et mares.\",,,contact@haies.example.org\r\n"
                + a2 + ",Commune,,Plélan-le-Grand,Bretagne,," + theme + "|water,La commune.,territoires engagés pour la nature,2021,\r\n"
                + a3 + ",CPIE,552100554,Concoret,bretagne,," + theme + ",,PARTNERS,2020,\r\n"
                + "Collectif Mares " + token + ",citizen-group,,,,," + theme + ",,,,\r\n"
                + "Bureau Bocage " + token + ",Bureau d'études,,,normandie,," + theme + ",,,,\r\n"
                + "Lycée agricole " + token + ",education,,,,," + theme + ",,,,\r\n"
                + "Parc des marais " + token + ",regional-nature-park,,,,," + theme + ",,,,\r\n"
                // line 9: an unknown kind; 10: a SIREN whose key is wrong; 11: a year in words; 12: a duplicate
                + "Fondation X " + token + ",fondation,,,,," + theme + ",,,,\r\n"
                + "Entreprise Y " + token + ",company,123456789,,,," + theme + ",,,,\r\n"
                + "Réseau Z " + token + ",association,,,,," + theme + ",,companies,deux mille,\r\n"
                + a1 + ",association,,,,," + theme + ",,,,\r\n"
                // line 13: a theme that is none
                + "Club W " + token + ",association,,,,,astrologie,,,,\r\n";
        JsonObject actorJob = imported("actors", moderator, actors);
        assertEquals(12, actorJob.getInt("total"));
        assertEquals(7, actorJob.getInt("created"), actorJob::toString);
        assertEquals(1, actorJob.getInt("duplicates"), actorJob::toString);
        assertEquals(3 + 1, actorJob.getInt("refused"), actorJob::toString);
        Map<Long, JsonObject> actorErrors = errorsByLine(actorJob);
        assertRefused(actorErrors.get(9L), "Colonne « kind »", "fondation");
        assertRefused(actorErrors.get(10L), "Colonne « siren »");
        assertRefused(actorErrors.get(11L), "Colonne « engagedSince »", "deux mille");
        assertRefused(actorErrors.get(13L), "astrologie");
        assertEquals("duplicate", actorErrors.get(12L).getString("status"));
        assertTrue(actorErrors.get(12L).getString("message").contains(a1), actorErrors.get(12L)::toString);

        JsonObject directory = listed("/api/actors?size=50&theme=" + theme, "actors", 7);
        Map<String, JsonObject> byName = directory.getJsonArray("actors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getString("name"), Function.identity()));
        assertEquals(Map.of(), byName.keySet().stream().filter(n -> n.contains("Fondation") || n.contains("Entreprise Y"))
                .collect(Collectors.toMap(n -> n, n -> n)), "refused rows are not stored");
        JsonObject first = byName.get(a1);
        assertEquals("association", first.getString("kind"));
        assertEquals("732829320", first.getString("siren"));
        assertEquals("bretagne", first.getString("territory"));
        assertEquals("Haies, talus et mares.", first.getString("description"));
        assertTrue(first.getBoolean("hasContact"));
        assertEquals("municipality", byName.get(a2).getString("kind"));
        assertEquals("municipalities", byName.get(a2).getString("engagement"));
        assertEquals(2021, byName.get(a2).getInt("engagedSince"));
        assertEquals("partners", byName.get(a3).getString("engagement"));
        assertEquals("consultancy", byName.get("Bureau Bocage " + token).getString("kind"));
        long id3 = byName.get(a3).getJsonNumber("id").longValue();

        // Actions, saved by a French spreadsheet (« ; »), indicator columns by code and year.
        String actions = "title;themes;territory;leadActor;partners;progress;scheme;startYear;endYear;budget;funders;"
                + "context;results;hedges-planted-m:2023;Ponds-Created:2024;indicators\r\n"
                // line 2 to 7: good rows
                + "Haies replantées " + token + ";" + theme + ";bretagne;" + a1 + ";" + a2 + "|" + id3
                + ";Terminée;natura-2000;2022;2023;12 500,50;Région|OFB;Un bocage dégradé.;2 km de haies.;1200;3;\r\n"
                + "Mares de Plélan " + token + ";" + theme + ";bretagne;" + a2 + ";;ongoing;;;;;;;;800,5;;"
                + "species-inventoried:2023=40\r\n"
                + "Inventaire " + token + ";" + theme + ";;;;planned;Trame verte et bleue;;;;;;;;2;"
                + "species-inventoried:2023=25 | communes-engaged:2024=1\r\n"
                + "Chantier nature " + token + ";" + theme + ";;" + id3 + ";;completed;;;;;;;;;;\r\n"
                + "Sortie découverte " + token + ";" + theme + ";;;;EN COURS;;;;;;;;0;;\r\n"
                + "Sentier " + token + ";" + theme + ";;;;completed;;2020;2020;;;;;;;\r\n"
                // line 8: an unknown actor; 9: an unknown indicator in a cell; 10: a negative value; 11: a bad
                // year; 12: an end before the start; 13: an unknown progress
                + "Refusée 1 " + token + ";" + theme + ";;Acteur inconnu " + token + ";;completed;;;;;;;;100;;\r\n"
                + "Refusée 2 " + token + ";" + theme + ";;;;completed;;;;;;;;100;;trees-planted:2023=5\r\n"
                + "Refusée 3 " + token + ";" + theme + ";;;;completed;;;;;;;;-5;1;\r\n"
                + "Refusée 4 " + token + ";" + theme + ";;;;completed;;23;;;;;;100;;\r\n"
                + "Refusée 5 " + token + ";" + theme + ";;;;completed;;2024;2022;;;;;100;;\r\n"
                + "Refusée 6 " + token + ";" + theme + ";;;;abandonnée;;;;;;;;100;;\r\n";
        JsonObject actionJob = imported("actions", moderator, actions);
        assertEquals(12, actionJob.getInt("total"));
        assertEquals(6, actionJob.getInt("created"), actionJob::toString);
        assertEquals(6, actionJob.getInt("refused"), actionJob::toString);
        Map<Long, JsonObject> actionErrors = errorsByLine(actionJob);
        assertRefused(actionErrors.get(8L), "Colonne « leadActor »", "Acteur inconnu");
        assertRefused(actionErrors.get(9L), "Colonne « indicators »", "trees-planted");
        assertRefused(actionErrors.get(10L), "Colonne « hedges-planted-m:2023 »", "-5");
        assertRefused(actionErrors.get(11L), "Colonne « startYear »", "23");
        assertRefused(actionErrors.get(12L), "Colonne « endYear »");
        assertRefused(actionErrors.get(13L), "Colonne « progress »", "abandonnée");

        JsonObject list = listed("/api/actions?size=50&theme=" + theme, "actions", 6);
        Map<String, JsonObject> byTitle = list.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getString("title"), Function.identity()));
        assertFalse(byTitle.keySet().stream().anyMatch(t -> t.startsWith("Refusée")), "nothing of a refused row");
        JsonObject hedges = Api.get("/api/actions/" + byTitle.get("Haies replantées " + token).getInt("id"))
                .expect(200).json();
        assertEquals(byName.get(a1).getJsonNumber("id").longValue(), hedges.getJsonNumber("leadActor").longValue());
        assertEquals(List.of(byName.get(a2).getJsonNumber("id").longValue(), id3),
                hedges.getJsonArray("partners").getValuesAs(j -> ((jakarta.json.JsonNumber) j).longValue()));
        assertEquals("completed", hedges.getString("progress"));
        assertEquals(0, new BigDecimal("12500.50").compareTo(hedges.getJsonNumber("budget").bigDecimalValue()));
        assertEquals(List.of("Région", "OFB"), hedges.getJsonArray("funders").getValuesAs(j -> ((jakarta.json.JsonString) j).getString()));
        assertEquals("Un bocage dégradé.", hedges.getJsonObject("sections").getString("context"));
        assertEquals(Map.of("hedges-planted-m:2023", "1200", "ponds-created:2024", "3"),
                hedges.getJsonArray("indicators").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                        v -> v.getString("indicator") + ":" + v.getInt("year"),
                        v -> v.getJsonNumber("value").bigDecimalValue().stripTrailingZeros().toPlainString())));
        assertEquals("ongoing", byTitle.get("Sortie découverte " + token).getString("progress"));
        assertEquals("green-blue-grid", byTitle.get("Inventaire " + token).getString("scheme"));

        // The results count the imported values, and none of the refused rows' (100, -5, 1…).
        JsonObject results = Api.get("/api/actions/indicators?theme=" + theme).expect(200).json();
        Map<String, String> totals = results.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.containsKey("total") && !i.isNull("total"))
                .collect(Collectors.toMap(i -> i.getString("code"),
                        i -> i.getJsonNumber("total").bigDecimalValue().stripTrailingZeros().toPlainString()));
        assertEquals(Map.of("hedges-planted-m", "2000.5", "ponds-created", "5", "species-inventoried", "40",
                "communes-engaged", "1"), totals);

        // The pages: the job's refused rows with their reasons.
        String page = Api.get("/moderation/imports/" + actionJob.getInt("id"), moderator).expect(200).text();
        assertTrue(page.contains("Colonne « leadActor »") && page.contains("6 créés"), page);
        assertTrue(Api.get("/moderation/imports", moderator).expect(200).text().contains("/api/imports/templates/actions.csv"));

        // Running the actors' file again creates nothing: each good row is now a duplicate.
        JsonObject again = imported("actors", moderator, actors);
        assertEquals(0, again.getInt("created"), again::toString);
        assertEquals(8, again.getInt("duplicates"), again::toString);
    }

    @Test
    void anUnknownIndicatorOrColumnInTheHeaderRefusesTheWholeFileBeforeAnything() {
        String token = Token.next();
        String theme = ownTheme();
        JsonObject unknown = postCsv("/api/imports/actions?publish=true", ADMIN, "title,themes,progress,trees-planted:2023\n"
                + "Bonne ligne " + token + "," + theme + ",completed,12\n").expectError(400);
        assertTrue(unknown.getString("message").contains("« trees-planted »"), unknown::toString);
        assertTrue(unknown.getString("message").contains("hedges-planted-m"), "the codes it could be");
        JsonObject year = postCsv("/api/imports/actions", ADMIN, "title,progress,hedges-planted-m:23\n").expectError(400);
        assertTrue(year.getString("message").contains("« 23 »"), year::toString);
        JsonObject column = postCsv("/api/imports/actors", ADMIN, "name,kind,siret\n").expectError(400);
        assertTrue(column.getString("message").contains("« siret »"), column::toString);
        postCsv("/api/imports/actors", ADMIN, "").expectError(400);
        postCsv("/api/imports/partnerships", ADMIN, "title\n").expectError(404);
        Api.awaitIndexed();
        assertEquals(0, Api.get("/api/actions?theme=" + theme).expect(200).json().getInt("total"), "nothing stored");
    }

    @Test
    void onlyModeratorsAndAdministratorsImportAndReadTheTemplates() {
        String token = Token.next();
        Caller contributor = Api.createAccount("import-contrib-" + token, "contributor");
        Caller moderator = Api.createAccount("import-mod2-" + token, "moderator");
        String csv = "name,kind\nActeur " + token + ",association\n";
        postCsv("/api/imports/actors", ANONYMOUS, csv).expect(401);
        postCsv("/api/imports/actors", contributor, csv).expect(403);
        Api.get("/api/imports/templates/actors.csv", ANONYMOUS).expect(401);
        Api.get("/api/imports/templates/actors.csv", contributor).expect(403);
        Api.get("/moderation/imports", contributor).expect(403);

        String actors = Api.get("/api/imports/templates/actors.csv", moderator).expect(200).text();
        assertTrue(actors.startsWith("\uFEFFname,kind,siren,commune,territory,website,themes,description,engagement,"
                + "engagedSince,contactEmail,country\r\n"), actors);
        String actions = Api.get("/api/imports/templates/actions.csv", moderator).expect(200).text();
        assertTrue(actions.contains(",indicators,hedges-planted-m:"), actions);
        assertTrue(Api.get("/moderation/imports", moderator).expect(200).text().contains("Modèle CSV : Acteurs"));
    }
}

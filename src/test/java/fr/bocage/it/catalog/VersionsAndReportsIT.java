package fr.bocage.it.catalog;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static fr.bocage.it.Api.hitIds;
import static fr.bocage.it.Api.searchSettled;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Form;
import fr.bocage.it.Token;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** New versions of a resource's file, and experience reports written on line, over HTTP. */
class VersionsAndReportsIT {

    /**
     * The moderator reviews the current file only: a file replaced before the first publication never becomes
     * public, while one replaced afterwards (it was public as the current file) stays downloadable.
     */
    @Test
    void filesReplacedBeforeTheFirstPublicationNeverBecomePublic() {
        Api.Caller contributor = Api.createAccount("contributeur-" + Token.next(), "contributor");
        byte[] hidden = ("Fichier jamais relu " + Token.next()).getBytes(StandardCharsets.UTF_8);
        byte[] clean = ("Fichier relu " + Token.next()).getBytes(StandardCharsets.UTF_8);
        long id = Api.upload(Form.file("cache.txt", hidden).field("title", "Contournement").field("type", "guide").described(), contributor).expect(201)
                .locationId();
        Api.upload("/api/resources/" + id + "/versions", Form.file("propre.txt", clean), contributor).expect(201);
        Api.post("/api/resources/" + id + "/submit", contributor, Json.createObjectBuilder().build()).expect(200);
        Api.post("/api/resources/" + id + "/publish", ADMIN, Json.createObjectBuilder().build()).expect(200);

        assertEquals(List.of(2), versionNumbers(Api.get("/api/resources/" + id + "/versions")));
        Api.get("/api/resources/" + id + "/versions/1/file").expectError(404);
        String page = Api.get("/ressources/" + id).expect(200).text();
        assertFalse(page.contains("/versions/1/file"), page);
        assertArrayEquals(hidden, Api.get("/api/resources/" + id + "/versions/1/file", contributor).expect(200)
                .bytes(), "its owner keeps it");
        assertEquals(List.of(2, 1), versionNumbers(Api.get("/api/resources/" + id + "/versions", ADMIN)));

        byte[] third = ("Troisième " + Token.next()).getBytes(StandardCharsets.UTF_8);
        Api.upload("/api/resources/" + id + "/versions", Form.file("troisieme.txt", third), ADMIN).expect(201);
        assertEquals(List.of(3, 2), versionNumbers(Api.get("/api/resources/" + id + "/versions")));
        assertArrayEquals(clean, Api.get("/api/resources/" + id + "/versions/2/file").expect(200).bytes());
    }

    private static List<Integer> versionNumbers(Api.Answer answer) {
        return answer.expect(200).jsonArray().getValuesAs(JsonObject.class).stream().map(v -> v.getInt("number"))
                .toList();
    }

    @Test
    void aNewVersionIsWhatSearchFindsWhileTheEarlierOneStaysDownloadable() {
        String first = Token.next();
        String second = Token.next();
        byte[] firstBytes = ("Première version de la note sur les haies : " + first + ".").getBytes(StandardCharsets.UTF_8);
        byte[] secondBytes = ("Seconde version, corrigée, de la note sur les haies : " + second + ".")
                .getBytes(StandardCharsets.UTF_8);
        long id = Api.create(Form.file("note-haies-v1.txt", firstBytes).field("title", "Note sur les haies"));
        assertEquals(List.of(id), hitIds(searchSettled(1, "q", first)));

        JsonObject updated = Api.upload("/api/resources/" + id + "/versions", Form.file("note-haies-v2.txt", secondBytes),
                ADMIN).expect(201).json();
        assertEquals("note-haies-v2.txt", updated.getJsonObject("file").getString("name"));
        assertEquals("Note sur les haies", updated.getString("title"), "metadata are kept");
        assertEquals("ok", updated.getJsonObject("extraction").getString("status"));

        assertEquals(List.of(id), hitIds(searchSettled(1, "q", second)));
        searchSettled(0, "q", first);
        List<JsonObject> versions = versions(id);
        assertEquals(2, versions.size());
        assertEquals(2, versions.get(0).getInt("number"));
        assertTrue(versions.get(0).getBoolean("current"));
        assertFalse(versions.get(1).getBoolean("current"));
        assertEquals("note-haies-v1.txt", versions.get(1).getString("name"));
        assertArrayEquals(firstBytes, Api.get("/api/resources/" + id + "/versions/1/file").expect(200).bytes());
        assertArrayEquals(secondBytes, Api.get("/api/resources/" + id + "/versions/2/file").expect(200).bytes());
        assertArrayEquals(secondBytes, Api.get("/api/resources/" + id + "/file").expect(200).bytes());
        Api.get("/api/resources/" + id + "/versions/3/file").expect(404);

        String page = Api.get("/ressources/" + id).expect(200).text();
        assertTrue(page.contains("Versions précédentes") && page.contains("/api/resources/" + id + "/versions/1/file"), page);
        String history = Api.get("/api/resources/" + id + "/history", ADMIN).expect(200).text();
        assertTrue(history.contains("\"new-version\"") && history.contains("note-haies-v2.txt"), history);

        Api.delete("/api/resources/" + id).expect(204);
        Api.get("/api/resources/" + id + "/versions/1/file").expect(404);
    }

    @Test
    void aNewVersionMustDifferFromTheCurrentFileAndFromOtherResources() {
        byte[] mine = ("Fiche " + Token.next()).getBytes(StandardCharsets.UTF_8);
        byte[] theirs = ("Fiche " + Token.next()).getBytes(StandardCharsets.UTF_8);
        long id = Api.create(Form.file("fiche.txt", mine));
        long other = Api.create(Form.file("autre.txt", theirs));
        String path = "/api/resources/" + id + "/versions";

        Api.upload(path, Form.file("fiche.txt", mine), ADMIN).expectError(409);
        Api.upload(path, Form.file("autre.txt", theirs), ADMIN).expectError(409);
        Api.upload(path, Form.file("v2.txt", ("v2 " + Token.next()).getBytes(StandardCharsets.UTF_8))
                .field("title", "pas ici"), ADMIN).expectError(400);
        Api.upload(path, Form.file("v2.txt", ("v2 " + Token.next()).getBytes(StandardCharsets.UTF_8)), ANONYMOUS)
                .expect(401);
        assertEquals(1, versions(id).size(), "nothing was added by the refused uploads");

        // Back to the first bytes after a second version: the old file is shared, not duplicated nor lost.
        Api.upload(path, Form.file("v2.txt", ("v2 " + Token.next()).getBytes(StandardCharsets.UTF_8)), ADMIN).expect(201);
        Api.upload(path, Form.file("fiche.txt", mine), ADMIN).expect(201);
        assertEquals(3, versions(id).size());
        assertArrayEquals(mine, Api.get(path + "/3/file").expect(200).bytes());
        assertArrayEquals(mine, Api.get(path + "/1/file").expect(200).bytes());
        Api.delete("/api/resources/" + id).expect(204);
        Api.delete("/api/resources/" + other).expect(204);
    }

    @Test
    void anExperienceReportWrittenOnLineIsSearchableAndRewritable() {
        String word = Token.next();
        String later = Token.next();
        JsonObject created = Api.post("/api/reports", ADMIN, report("Mares pédagogiques " + word, null,
                "Une commune rurale sans point d'eau pour ses écoles (" + word + ").",
                "Associer les élèves au suivi des amphibiens.")).expect(201).json();
        long id = created.getJsonNumber("id").longValue();
        assertEquals("experience-report", created.getString("type"));
        assertEquals("fr", created.getString("language"));
        assertFalse(created.containsKey("file"), "a written report has no file");
        assertEquals("Associer les élèves au suivi des amphibiens.",
                created.getJsonObject("report").getString("lessons"));
        assertEquals(List.of(id), hitIds(searchSettled(1, "q", word)));

        Api.put("/api/reports/" + id, ADMIN, report("Mares pédagogiques " + word, null,
                "Contexte réécrit : " + later, "Associer les élèves.")).expect(200);
        assertEquals(List.of(id), hitIds(searchSettled(1, "q", later)));

        String page = Api.get("/ressources/" + id).expect(200).text();
        assertTrue(page.contains("Contexte") && page.contains("Enseignements") && page.contains(later), page);

        Api.upload("/api/resources/" + id + "/versions", Form.text("x.txt", "x " + Token.next()), ADMIN).expectError(409);
        Api.delete("/api/resources/" + id).expect(204);
    }

    @Test
    void aReportNeedsATitleAndOneSectionAndIsAlwaysAnExperienceReport() {
        Api.post("/api/reports", ADMIN, report(null, null, "Contexte.", null)).expectError(400);
        Api.post("/api/reports", ADMIN, report("Sans section", null, null, null)).expectError(400);
        Api.post("/api/reports", ADMIN, report("Mauvais type", "guide", "Contexte.", null)).expectError(400);
        Api.post("/api/reports", ANONYMOUS, report("Anonyme", null, "Contexte.", null)).expect(401);
        long file = Api.create(Form.text("fiche.txt", "Fiche " + Token.next()));
        Api.put("/api/reports/" + file, ADMIN, report("Pas un retour", null, "Contexte.", null)).expectError(409);
        Api.delete("/api/resources/" + file).expect(204);
    }

    private static List<JsonObject> versions(long id) {
        String body = Api.get("/api/resources/" + id + "/versions").expect(200).text();
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private static JsonObject report(String title, String type, String context, String lessons) {
        var metadata = Json.createObjectBuilder().add("territory", "Bretagne");
        if (title != null) {
            metadata.add("title", title);
        }
        if (type != null) {
            metadata.add("type", type);
        }
        var sections = Json.createObjectBuilder();
        if (context != null) {
            sections.add("context", context);
        }
        if (lessons != null) {
            sections.add("lessons", lessons);
        }
        return Json.createObjectBuilder().add("metadata", metadata).add("report", sections).build();
    }
}

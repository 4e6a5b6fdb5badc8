package fr.bocage.it.imports;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static fr.bocage.it.Api.facet;
import static fr.bocage.it.imports.ImportFolders.request;
import static fr.bocage.it.imports.ImportFolders.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Token;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Server-side imports: a folder written into the test server's import root with its manifest, imported through
 * the admin API, followed to the end, then found by search. {@link RestartIT} stops the server during one.
 */
class ImportIT {
    @Test
    void importsAFolderRowByRowAndReportsEveryRowNotImported() throws IOException {
        String token = Token.next();
        Path folder = ImportFolders.ROOT.resolve("lot-" + token);
        String same = "Haies bocagères et talus " + token + ".\n";
        write(folder, "haies.txt", same);
        write(folder, "copie-haies.txt", same);
        write(folder, "mares.html", "<html><head><title>Mares</title></head><body><p>Mares temporaires " + token
                + "</p></body></html>");
        write(folder, "docs/relevé-été.txt", "Relevé d'été des prairies " + token + ".\n");
        write(folder, "sans-metadonnees.txt", "Compostage partagé " + token + ".\n");
        write(folder, "astrologie.txt", "Thème inconnu " + token + ".\n");
        write(folder, "metadata.csv", """
                file,title,type,theme,region,year,language
                haies.txt,Haies bocagères,guide,Biodiversité,Bretagne,2021,fr
                mares.html,"Mares, étangs et zones humides",technical-note,"water|Climat, air, énergie",Normandie,2022,fr
                docs/relevé-été.txt,Relevé d'été,guide,biodiversity,Bretagne,2022,
                sans-metadonnees.txt,,,,,,
                absent.pdf,Fichier absent,guide,,,,
                astrologie.txt,Astrologie,guide,astrologie,,,
                copie-haies.txt,Copie des haies,guide,Biodiversité,Bretagne,2021,fr
                """);

        Answer started = Api.post("/api/admin/imports", ADMIN, request("lot-" + token, null)).expect(202);
        String location = started.header("Location").orElseThrow();
        assertEquals(Api.BASE + "/api/admin/imports/" + started.locationId(), location);
        assertEquals(7, started.json().getInt("total"));

        JsonObject job = Api.poll(location.substring(Api.BASE.length()), ADMIN,
                answer -> !"running".equals(answer.json().getString("state")), Duration.ofMinutes(2)).json();
        assertEquals("done", job.getString("state"), job::toString);
        assertEquals(7, job.getInt("processed"));
        assertEquals(100, job.getInt("percent"));
        assertEquals(4, job.getInt("created"), job::toString);
        assertEquals(1, job.getInt("duplicates"), job::toString);
        assertEquals(2, job.getInt("refused"), job::toString);
        assertEquals(0, job.getInt("failed"), job::toString);
        assertEquals(3, job.getInt("errorCount"));

        Map<String, JsonObject> errors = job.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("file"), Function.identity()));
        assertError(errors.get("absent.pdf"), 6, "refused", "absent.pdf");
        assertError(errors.get("astrologie.txt"), 7, "refused", "astrologie");
        // The two copies run in parallel: whichever comes second is the duplicate.
        JsonObject duplicate = errors.containsKey("copie-haies.txt") ? errors.get("copie-haies.txt") : errors.get("haies.txt");
        assertEquals("duplicate", duplicate.getString("status"), errors::toString);
        assertTrue(duplicate.getString("message").contains("déjà"), duplicate::toString);

        JsonObject found = Api.searchSettled(4, "q", token);
        assertEquals(Map.of("guide", 2L, "technical-note", 1L), facet(found, "type"));
        assertEquals(Map.of("biodiversity", 2L, "water", 1L, "climate-air-energy", 1L), facet(found, "theme"));
        assertEquals(Map.of("bretagne", 2L, "normandie", 1L), facet(found, "territory"));
        Set<String> titles = found.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(hit -> hit.getString("title")).collect(Collectors.toSet());
        assertTrue(titles.containsAll(List.of("Mares, étangs et zones humides", "Relevé d'été", "sans-metadonnees")),
                titles::toString);
        assertEquals(1, Api.searchSettled(1, "q", token, "territory", "Normandie").getInt("total"));

        JsonObject listed = Api.get("/api/admin/imports", ADMIN).expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getJsonNumber("id").longValue() == started.locationId()).findFirst().orElseThrow();
        assertEquals("done", listed.getString("state"));
        assertEquals("lot-" + token, listed.getString("folder"));
    }

    @Test
    void foldersOutsideTheRootMissingManifestsAndAnonymousCallersAreRefused() throws IOException {
        String token = Token.next();
        write(ImportFolders.ROOT.resolve("vide-" + token), "lisez-moi.txt", "Pas de manifeste " + token);
        for (String folder : List.of("../it-data", "/etc", "vide-" + token + "/../../..", "inexistant-" + token)) {
            Api.post("/api/admin/imports", ADMIN, request(folder, null)).expectError(400);
        }
        Api.post("/api/admin/imports", ADMIN, request("vide-" + token, null)).expectError(400);
        Api.post("/api/admin/imports", ADMIN, request("vide-" + token, "../metadata.csv")).expectError(400);
        write(ImportFolders.ROOT.resolve("vide-" + token), "sans-file.csv", "title,year\nTitre,2020\n");
        JsonObject error = Api.post("/api/admin/imports", ADMIN, request("vide-" + token, "sans-file.csv"))
                .expectError(400);
        assertTrue(error.getString("message").contains("file"), error::toString);
        Api.post("/api/admin/imports", ANONYMOUS, request("vide-" + token, null)).expectError(401);
        Api.get("/api/admin/imports", ANONYMOUS).expectError(401);
    }

    private static void assertError(JsonObject error, int line, String status, String inMessage) {
        assertTrue(error != null, "no error line for " + inMessage);
        assertEquals(line, error.getInt("line"), error::toString);
        assertEquals(status, error.getString("status"), error::toString);
        assertTrue(error.getString("message").contains(inMessage), error::toString);
    }
}

package fr.bocage.it.platform;

import static fr.bocage.it.Api.Caller.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Form;
import fr.bocage.it.TestServer;
import fr.bocage.it.Token;
import fr.bocage.it.imports.ImportFolders;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Stops and starts the real server: what was committed before is still found after, and an import the stop cut
 * short says so. A class of its own so that failsafe, which runs classes in alphabetical order, runs it last.
 */
class RestartIT {
    /** Enough rows that the import is still running when the stop comes, a second or two after it started. */
    private static final int IMPORT_ROWS = 400;

    @Test
    void committedWorkSurvivesARestartAndAnImportCutShortIsMarkedInterrupted() throws Exception {
        String token = Token.next();
        long id = Api.create(Form.text("redemarrage.txt", "Avant le redémarrage " + token)
                .field("title", "Redémarrage"));
        String folder = "coupure-" + Token.next();
        StringBuilder manifest = new StringBuilder("file,title\n");
        for (int i = 0; i < IMPORT_ROWS; i++) {
            ImportFolders.write(ImportFolders.ROOT.resolve(folder), i + ".txt", "Note " + i + " " + folder);
            manifest.append(i).append(".txt,Note ").append(i).append('\n');
        }
        ImportFolders.write(ImportFolders.ROOT.resolve(folder), "metadata.csv", manifest.toString());
        String job = "/api/admin/imports/"
                + Api.post("/api/admin/imports", ADMIN, ImportFolders.request(folder, null)).expect(202).locationId();

        TestServer.stop();
        TestServer.start(Map.of());

        assertEquals("Redémarrage", Api.get("/api/resources/" + id).expect(200).json().getString("title"));
        assertEquals(List.of(id), Api.hitIds(Api.searchSettled(1, "q", token)));

        JsonObject interrupted = Api.get(job, ADMIN).expect(200).json();
        assertEquals("interrupted", interrupted.getString("state"), interrupted::toString);
        assertTrue(interrupted.getInt("processed") < IMPORT_ROWS, interrupted::toString);
        assertFalse(interrupted.getString("message").isBlank());

        // Running it again is safe: what the first run kept answers as a duplicate.
        String again = "/api/admin/imports/"
                + Api.post("/api/admin/imports", ADMIN, ImportFolders.request(folder, null)).expect(202).locationId();
        JsonObject done = Api.poll(again, ADMIN, answer -> !"running".equals(answer.json().getString("state")),
                Duration.ofMinutes(3)).json();
        assertEquals("done", done.getString("state"), done::toString);
        assertEquals(IMPORT_ROWS, done.getInt("created") + done.getInt("duplicates"), done::toString);
        assertEquals(0, done.getInt("refused") + done.getInt("failed"), done::toString);
    }
}

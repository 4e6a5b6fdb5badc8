package fr.bocage.it.platform;

import fr.bocage.it.Api;
import fr.bocage.it.TestServer;
import fr.bocage.it.Token;

import static fr.bocage.it.Api.Caller.ADMIN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.bocage.it.Api.Form;
import fr.bocage.it.imports.ImportFolders;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Kills the server's JVM (SIGKILL: no shutdown, nothing flushed) during a bulk import and uploads, then starts it
 * again: every upload answered 201 is there, searchable and downloadable, and the import is marked interrupted and
 * completes when run again.
 */
class CrashIT {
    private static final int IMPORT_ROWS = 300;

    @Test
    void whatWasAcknowledgedSurvivesAKill() throws Exception {
        String token = Token.next();
        String folder = "crash-" + Token.next();
        StringBuilder manifest = new StringBuilder("file,title\n");
        for (int i = 0; i < IMPORT_ROWS; i++) {
            ImportFolders.write(ImportFolders.ROOT.resolve(folder), i + ".txt", "Note " + i + " " + folder);
            manifest.append(i).append(".txt,Note ").append(i).append('\n');
        }
        ImportFolders.write(ImportFolders.ROOT.resolve(folder), "metadata.csv", manifest.toString());
        String job = "/api/admin/imports/"
                + Api.post("/api/admin/imports", ADMIN, ImportFolders.request(folder, null)).expect(202).locationId();

        Map<Long, byte[]> acknowledged = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Runnable uploads = () -> {
            for (int i = 0; i < 40; i++) {
                byte[] content = ("Envoi avant la panne " + token + " " + Token.next()).getBytes(StandardCharsets.UTF_8);
                Api.Answer answer;
                try {
                    answer = Api.upload(Form.file("panne-" + i + ".txt", content));
                } catch (UncheckedIOException e) {
                    return; // the server is gone
                }
                if (answer.status() == 201) {
                    acknowledged.put(answer.json().getJsonNumber("id").longValue(), content);
                }
            }
        };
        Future<?> first = pool.submit(uploads);
        Future<?> second = pool.submit(uploads);
        Api.poll(job, ADMIN, answer -> acknowledged.size() >= 4 && answer.json().getInt("processed") > 0,
                Duration.ofMinutes(2));

        TestServer.kill();
        first.get(1, TimeUnit.MINUTES);
        second.get(1, TimeUnit.MINUTES);
        pool.shutdown();
        TestServer.start(Map.of());
        Api.poll("/api/admin/status", ADMIN, answer -> answer.json().getJsonNumber("indexedDocuments").longValue()
                == answer.json().getJsonNumber("resources").longValue(), Duration.ofMinutes(2));

        for (Map.Entry<Long, byte[]> upload : acknowledged.entrySet()) {
            assertArrayEquals(upload.getValue(), Api.get("/api/resources/" + upload.getKey() + "/file").expect(200)
                    .bytes(), "upload " + upload.getKey());
        }
        // An upload committed just before the kill may never have had its 201 delivered: it is there too, whole.
        JsonObject found = Api.poll("/api/search?q=" + token + "&size=100", ADMIN,
                answer -> new HashSet<>(Api.hitIds(answer.json())).containsAll(acknowledged.keySet()),
                Duration.ofSeconds(10)).json();
        for (long hit : Api.hitIds(found)) {
            Api.get("/api/resources/" + hit + "/file").expect(200);
        }

        JsonObject interrupted = Api.get(job, ADMIN).expect(200).json();
        assertEquals("interrupted", interrupted.getString("state"), interrupted::toString);
        String again = "/api/admin/imports/"
                + Api.post("/api/admin/imports", ADMIN, ImportFolders.request(folder, null)).expect(202).locationId();
        JsonObject done = Api.poll(again, ADMIN, answer -> !"running".equals(answer.json().getString("state")),
                Duration.ofMinutes(3)).json();
        assertEquals("done", done.getString("state"), done::toString);
        assertEquals(IMPORT_ROWS, done.getInt("created") + done.getInt("duplicates"), done::toString);
        assertEquals(0, done.getInt("refused") + done.getInt("failed"), done::toString);
        Api.searchSettled(IMPORT_ROWS, "q", folder);
    }
}

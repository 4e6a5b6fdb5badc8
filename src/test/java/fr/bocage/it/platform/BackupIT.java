package fr.bocage.it.platform;

import static fr.bocage.it.Api.Caller.ADMIN;
import static fr.bocage.it.Api.Caller.ANONYMOUS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.bocage.it.Api;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Api.Form;
import fr.bocage.it.Mailbox;
import fr.bocage.it.TestServer;
import fr.bocage.it.Token;
import fr.bocage.it.training.webinar.Registrations;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole cycle on the real server: content of every kind, a backup taken while uploads run, then the server
 * started on a new, empty data folder with BOCAGE_RESTORE_FROM: the same search results, the same files byte for
 * byte, the accounts log in, the index rebuilt. The server then goes on with the restored data folder.
 */
class BackupIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = Mailbox.server();

    private static final boolean DERBY = !"postgresql".equals(System.getProperty("it.db"));

    @Test
    void onlyAdministratorsBackUp() {
        Caller contributor = Api.createAccount("sauvegarde-" + Token.next(), "contributor");
        Api.post("/api/admin/backups", ANONYMOUS).expect(401);
        Api.post("/api/admin/backups", contributor).expect(403);
        Api.get("/api/admin/backups", contributor).expect(403);
    }

    @Test
    void aBackupTakenDuringUploadsRestoresIntoAnEmptyDataFolder() throws Exception {
        String token = Token.next();
        long published = Api.create(Form.text("sauvegarde.txt", "Guide sauvegardé " + token).field("title", "Sauvegarde"));
        String contributorName = "contributrice-" + token;
        Caller contributor = Api.createAccount(contributorName, "contributor");
        long draft = Api.upload(Form.text("brouillon.txt", "Brouillon sauvegardé " + token), contributor).expect(201)
                .json().getJsonNumber("id").longValue();
        long webinar = Api.post("/api/webinars", ADMIN, Json.createObjectBuilder()
                .add("metadata", Json.createObjectBuilder().add("title", "Webinaire sauvegardé " + token)
                        .add("summary", "Résumé " + token))
                .add("startsAt", LocalDateTime.now().plusMonths(2).withNano(0).withSecond(0).toString())
                .add("durationMinutes", 60).add("capacity", 10).build()).expect(201).locationId();
        Registrations.register(MAIL, webinar, Json.createObjectBuilder().add("name", "Inscrite")
                .add("email", "inscrite-" + token + "@example.org").add("consent", true).build());

        // Uploads go on while the backup is taken: each acknowledged one, and only those, is in the database copy.
        String during = Token.next();
        Map<Long, byte[]> uploaded = new ConcurrentHashMap<>();
        AtomicBoolean uploading = new AtomicBoolean(true);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> uploads = pool.submit(() -> {
            for (int i = 0; uploading.get() && i < 200; i++) {
                byte[] content = ("Pendant la sauvegarde " + during + " numéro " + i).getBytes(StandardCharsets.UTF_8);
                uploaded.put(Api.create(Form.file("pendant-" + i + ".txt", content)), content);
            }
        });
        while (uploaded.size() < 2) {
            Thread.sleep(50);
        }
        long before = System.nanoTime();
        JsonObject backup = Api.post("/api/admin/backups", ADMIN).expect(201).json();
        long backupMillis = (System.nanoTime() - before) / 1_000_000;
        uploading.set(false);
        uploads.get();
        pool.shutdown();
        Path folder = Path.of(backup.getString("folder"));
        assertTrue(backup.getJsonNumber("bytes").longValue() > 0);
        assertTrue(Api.get("/api/admin/backups", ADMIN).expect(200).jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(b -> b.getString("name").equals(backup.getString("name"))
                        && b.getJsonNumber("durationMillis").longValue() >= 0));
        System.out.println("Backup " + backup.getString("name") + ": " + backupMillis + " ms, "
                + backup.getJsonNumber("bytes") + " bytes");
        if (DERBY) {
            assertEveryRowHasItsFile(folder);
        }

        Api.awaitIndexed();
        Map<String, List<Long>> searches = new LinkedHashMap<>();
        for (String query : List.of(token, "Webinaire " + token)) {
            searches.put(query, Api.hitIds(Api.search("q", query, "size", "100").expect(200).json()));
        }
        long resources = Api.get("/api/admin/status", ADMIN).expect(200).json().getJsonNumber("resources").longValue();
        byte[] publishedFile = Api.get("/api/resources/" + published + "/file").expect(200).bytes();

        // A new, empty data folder; the old one is kept aside (it holds the backup).
        Path data = Path.of(System.getProperty("it.data.dir"));
        Path aside = data.resolveSibling(data.getFileName() + "-before-restore");
        TestServer.stop();
        Files.move(data, aside);
        Path restoreFrom = aside.resolve(data.relativize(folder));
        before = System.nanoTime();
        TestServer.start(Map.of("BOCAGE_RESTORE_FROM", restoreFrom.toString()));
        Api.poll("/api/admin/status", ADMIN, answer -> answer.json().getJsonNumber("indexedDocuments").longValue()
                == answer.json().getJsonNumber("resources").longValue(), Duration.ofMinutes(2));
        System.out.println("Restore and start: " + (System.nanoTime() - before) / 1_000_000 + " ms");

        assertTrue(Files.exists(data.resolve("restored-from")));
        assertEquals(2, searches.get(token).size(), "the published guide and the webinar");
        if (DERBY) {
            // Uploads went on during the backup: the manifest counts the rows of the copy, which holds nothing that
            // was not there once the backup was over.
            long restored = Api.get("/api/admin/status", ADMIN).expect(200).json().getJsonNumber("resources").longValue();
            assertEquals(backedUpResources(restoreFrom), restored, "the manifest counts the rows of the copy");
            assertTrue(restored <= resources, restored + " restored, " + resources + " after the backup");
        }
        for (Map.Entry<String, List<Long>> search : searches.entrySet()) {
            List<Long> found = Api.hitIds(Api.search("q", search.getKey(), "size", "100").expect(200).json());
            assertEquals(search.getValue(), found, search.getKey());
        }
        assertArrayEquals(publishedFile, Api.get("/api/resources/" + published + "/file").expect(200).bytes());
        for (Map.Entry<Long, byte[]> upload : uploaded.entrySet()) {
            Api.Answer file = Api.get("/api/resources/" + upload.getKey() + "/file");
            if (file.status() == 200 || DERBY) {
                // On Derby an upload acknowledged after the database copy is simply not in the backup (404).
                assertTrue(file.status() == 200 || file.status() == 404, "upload " + upload.getKey());
                if (file.status() == 200) {
                    assertArrayEquals(upload.getValue(), file.bytes(), "upload " + upload.getKey());
                }
            }
        }
        assertEquals(draft, Api.get("/api/me/resources", Caller.account(contributorName, Api.passwordOf(contributorName)))
                .expect(200).jsonArray().getJsonObject(0).getJsonNumber("id").longValue(), "she logs in, her draft");
        assertEquals(1, Api.get("/api/webinars/" + webinar + "/registrations", ADMIN).expect(200).jsonArray().size());
    }

    /** The RESOURCE row count the backup's manifest gives. */
    private static long backedUpResources(Path backup) throws IOException {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(backup.resolve("manifest.json")))) {
            JsonObject rows = reader.readObject().getJsonObject("rows");
            return rows.entrySet().stream().filter(row -> row.getKey().equalsIgnoreCase("RESOURCE"))
                    .mapToLong(row -> ((JsonNumber) row.getValue()).longValue()).findFirst()
                    .orElseThrow(() -> new AssertionError("no RESOURCE count in " + rows));
        }
    }

    /** Opens a copy of the backed-up Derby database: every file its rows name is in the backup. */
    private static void assertEveryRowHasItsFile(Path backup) throws Exception {
        Path copy = Files.createTempDirectory("backup-db");
        try (Stream<Path> files = Files.walk(backup.resolve("db"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve("db").resolve(backup.resolve("db").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        List<String> digests = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + copy.resolve("db"));
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT FILE_SHA256 FROM RESOURCE WHERE FILE_SHA256 IS NOT NULL"
                        + " UNION SELECT FILE_SHA256 FROM RESOURCE_VERSION")) {
            while (rows.next()) {
                digests.add(rows.getString(1));
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + copy.resolve("db") + ";shutdown=true");
            } catch (java.sql.SQLException expected) {
                // Derby answers a shutdown with an exception.
            }
            try (Stream<Path> files = Files.walk(copy)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        assertTrue(digests.size() > 2);
        for (String sha : digests) {
            Path file = backup.resolve("files").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
            assertTrue(Files.isRegularFile(file), "the file of " + sha);
        }
    }
}

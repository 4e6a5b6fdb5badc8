package fr.bocage.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.it.Api;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Api.Form;
import fr.bocage.it.Token;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server package, target/bocage.jar, run as an operator would on a machine with only Java: {@code java -jar} in
 * an empty folder, every setting from the environment (nothing else in it), a data folder of its own. It gets ready
 * and healthy, holds no demo content, and finds a document uploaded to it, which only the extraction worker and
 * Derby that the package carries can have stored and read.
 */
class PackagedServerIT {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void thePackageRunsWithJavaAloneAndFindsWhatIsUploaded(@TempDir Path temp) throws Exception {
        Path jar = Path.of(System.getProperty("it.package"));
        assertTrue(Files.isRegularFile(jar), jar + " is missing: the package is built before the integration tests");
        Path workDir = Files.createDirectory(temp.resolve("work"));
        Path data = temp.resolve("data");
        String password = "packaged-" + UUID.randomUUID();
        int httpPort = freePort();
        String base = "http://localhost:" + httpPort;

        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("console.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.putAll(Map.of(
                "BOCAGE_DATA_DIR", data.toString(),
                "BOCAGE_ADMIN_PASSWORD", password,
                "HTTP_PORT", Integer.toString(httpPort),
                "HTTPS_PORT", Integer.toString(freePort()),
                // Where java -jar unpacks the server (by default under the home folder).
                "WLP_JAR_EXTRACT_DIR", temp.resolve("server").toString()));
        Process server = builder.start();
        try {
            await(server, temp, base + "/health/ready", answer -> answer.status() == 200, Duration.ofMinutes(5));
            JsonObject health = get(base + "/health", Caller.ANONYMOUS).expect(200).json();
            assertEquals("UP", health.getString("status"), health::toString);
            assertEquals(0, get(base + "/api/search", Caller.ANONYMOUS).expect(200).json().getInt("total"),
                    "no demo content unless BOCAGE_DEMO_ENABLED=true");

            String token = Token.next();
            Form form = Form.text("haie.txt", "Les haies du bocage abritent la chevêche " + token + ".")
                    .field("type", "guide").field("theme", "biodiversity").field("territory", "bretagne");
            JsonObject created = Api.send(CLIENT, HttpRequest.newBuilder(URI.create(base + "/api/resources"))
                    .timeout(Duration.ofMinutes(2))
                    .header("Authorization", Caller.account("admin", password).authorization().orElseThrow())
                    .header("Content-Type", form.contentType()).POST(form.publisher())).expect(201).json();
            assertEquals("ok", created.getJsonObject("extraction").getString("status"), created::toString);

            JsonObject found = await(server, temp, base + "/api/search?q=" + token,
                    answer -> answer.status() == 200 && answer.json().getInt("total") > 0, Duration.ofMinutes(1)).json();
            assertEquals(List.of(created.getJsonNumber("id").longValue()),
                    found.getJsonArray("hits").stream().map(hit -> hit.asJsonObject().getJsonNumber("id").longValue())
                            .toList());
            assertTrue(Files.isDirectory(data.resolve("db")), "Derby's database is in BOCAGE_DATA_DIR");
            try (var left = Files.list(workDir)) {
                assertEquals(List.of(), left.toList(), "nothing written to the working folder");
            }
        } finally {
            // SIGTERM: the launcher stops the server it started, as systemd or Ctrl-C would.
            server.destroy();
            if (!server.waitFor(2, TimeUnit.MINUTES)) {
                server.destroyForcibly();
            }
        }
        assertFalse(server.isAlive());
    }

    private static Answer get(String url, Caller caller) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(1));
        caller.authorization().ifPresent(value -> request.header("Authorization", value));
        return Api.send(CLIENT, request);
    }

    /** Asks until the answer suits; a server that exits meanwhile fails at once, with the end of its console. */
    private static Answer await(Process server, Path temp, String url, Predicate<Answer> done, Duration limit)
            throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(limit);
        Answer last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("the packaged server exited with " + server.exitValue() + ":\n" + tail(temp));
            }
            try {
                last = get(url, Caller.ANONYMOUS);
                if (done.test(last)) {
                    return last;
                }
            } catch (UncheckedIOException notListeningYet) {
                // The port opens once the server has started.
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no suitable answer from " + url + " within " + limit + " (last: "
                + (last == null ? "none" : last.status() + " " + last.text()) + "):\n" + tail(temp));
    }

    private static String tail(Path temp) throws IOException {
        List<String> lines = Files.readAllLines(temp.resolve("console.log"), StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

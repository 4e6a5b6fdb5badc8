package fr.bocage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.bocage.it.Api.Form;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Stops and starts the real server: what was committed before is still found after. A class of its own so that
 * failsafe, which runs classes in alphabetical order, runs it after {@link ApiIT}.
 */
class RestartIT {

    @Test
    void resourcesSurviveARestart() throws Exception {
        String token = Token.next();
        long id = Api.create(Form.text("redemarrage.txt", "Avant le redémarrage " + token)
                .field("title", "Redémarrage"));

        server("stop");
        server("start");
        Api.awaitReady(Duration.ofMinutes(3));

        assertEquals("Redémarrage", Api.get("/api/resources/" + id).expect(200).json().getString("title"));
        assertEquals(List.of(id), Api.hitIds(Api.searchSettled(1, "q", token)));
    }

    /** Runs {@code bin/server <action>} on the test server and waits for the script to finish. */
    private static void server(String action) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("it.wlp.dir"), "bin", "server");
        Process process = new ProcessBuilder(script.toString(), action, System.getProperty("it.server.name"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("server " + action + " did not finish in 3 minutes");
        }
        assertEquals(0, process.exitValue(), "server " + action);
    }
}

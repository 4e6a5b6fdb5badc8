package fr.bocage.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The bocage-it server's life: stopped and started as an operator would, or killed as a crash would. */
public final class TestServer {
    private static final Path WLP = Path.of(System.getProperty("it.wlp.dir"));
    private static final String NAME = System.getProperty("it.server.name");

    private TestServer() {
    }

    public static void stop() throws IOException, InterruptedException {
        run("stop", Map.of());
    }

    /** Starts it with {@code environment} added to what server.env gives, then waits until it answers. */
    public static void start(Map<String, String> environment) throws IOException, InterruptedException {
        run("start", environment);
        Api.awaitReady(Duration.ofMinutes(5));
    }

    /** SIGKILL to the server's JVM, by the process id Liberty wrote at start: no shutdown hook, nothing flushed. */
    public static void kill() throws Exception {
        long pid = Long.parseLong(Files.readString(WLP.resolve("usr/servers/.pid/" + NAME + ".pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
        server.destroyForcibly();
        server.onExit().get(1, TimeUnit.MINUTES);
    }

    /** Runs {@code bin/server <action>} on the test server and waits for the script to finish. */
    private static void run(String action, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, NAME)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("server " + action + " did not finish in 3 minutes");
        }
        assertEquals(0, process.exitValue(), "server " + action);
    }
}

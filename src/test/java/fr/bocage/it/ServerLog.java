package fr.bocage.it;

import java.nio.file.Path;

/** The shared test server's log, which some tests read for what the server reports only there. */
public final class ServerLog {
    private ServerLog() {
    }

    public static Path messages() {
        return Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"), "usr", "servers",
                System.getProperty("it.server.name", "bocage-it"), "logs", "messages.log");
    }
}

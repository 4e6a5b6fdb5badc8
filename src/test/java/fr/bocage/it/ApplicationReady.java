package fr.bocage.it;

import java.time.Duration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before the first integration test, waits until the test server's application answers ready: Liberty says the
 * server is up before the application has started, which on a busy machine can take over a minute.
 */
public class ApplicationReady implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // Set by Failsafe for the HTTP tests only: unit tests run without a server.
        if (System.getProperty("it.base.url") != null) {
            Api.awaitReady(Duration.ofMinutes(5));
        }
    }
}

package fr.bocage.account.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A provider that cannot be reached is a refusal the login page explains, not an error. */
class OidcProviderTest {

    @Test
    void aProviderThatDoesNotAnswerIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OidcSettings settings = new OidcSettings();
        settings.issuer = Optional.of("http://127.0.0.1:" + closedPort + "/realms/bocage");
        settings.clientId = Optional.of("bocage");
        OidcProvider provider = new OidcProvider();
        provider.settings = settings;

        OidcRefusal refusal = assertThrows(OidcRefusal.class, provider::get);
        assertEquals(OidcRefusal.Reason.UNAVAILABLE, refusal.reason);
        assertEquals(503, refusal.reason.status);
        assertEquals("sso.unavailable", refusal.reason.notice());
    }
}

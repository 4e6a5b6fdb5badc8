package fr.bocage.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceCookiesTest {
    private final TestClock clock = new TestClock();
    private final DeviceCookies cookies = DeviceCookies.of(new byte[32], clock);

    @Test
    void aCookieNamesItsDeviceForItsAccountOnly() {
        String value = cookies.issue("device-1", "alice@example.org");
        assertEquals(Optional.of("device-1"), cookies.verify(value, "Alice@Example.org"));
        assertEquals(Optional.empty(), cookies.verify(value, "bob@example.org"));
        assertEquals(Optional.empty(), cookies.verify(value.replace("device-1", "device-2"), "alice@example.org"));
        assertEquals(Optional.empty(), cookies.verify("x.y.z", "alice@example.org"));
        assertEquals(Optional.empty(), DeviceCookies.of(new byte[] {1}, clock).verify(value, "alice@example.org"),
                "signed with another key");
    }

    @Test
    void aCookieExpires() {
        String value = cookies.issue("device-1", "alice@example.org");
        clock.advance(DeviceCookies.LIFETIME.plus(Duration.ofSeconds(1)));
        assertEquals(Optional.empty(), cookies.verify(value, "alice@example.org"));
    }
}

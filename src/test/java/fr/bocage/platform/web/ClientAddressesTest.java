package fr.bocage.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {
    private static final ClientAddresses NONE = ClientAddresses.trusting("");
    private static final ClientAddresses PROXY = ClientAddresses.trusting("10.0.0.1, 172.16.0.0/12, fd00::/8");

    @Test
    void withoutTrustedProxiesTheHeadersAreIgnored() {
        assertEquals("192.0.2.7", NONE.of("192.0.2.7", List.of("for=198.51.100.1"), List.of("198.51.100.2")));
        assertEquals("10.0.0.1", NONE.of("10.0.0.1", List.of(), List.of("198.51.100.2")), "off by default");
    }

    @Test
    void aTrustedProxyIsBelievedFromTheRight() {
        assertEquals("198.51.100.2", PROXY.of("10.0.0.1", List.of(), List.of("198.51.100.2")));
        assertEquals("198.51.100.2", PROXY.of("10.0.0.1", List.of(), List.of("203.0.113.9, 198.51.100.2, 172.16.3.4")),
                "what the client wrote on the left is not believed");
        assertEquals("198.51.100.3", PROXY.of("10.0.0.1", List.of("for=203.0.113.9, for=\"198.51.100.3:4711\""),
                List.of("198.51.100.2")), "Forwarded first");
        assertEquals("2001:db8:1:2::/64", PROXY.of("10.0.0.1", List.of("for=\"[2001:db8:1:2::99]:443\";proto=https"),
                List.of()));
        assertEquals("10.0.0.1", PROXY.of("10.0.0.1", List.of(), List.of("evil.example")), "names are not looked up");
        assertEquals("192.0.2.7", PROXY.of("192.0.2.7", List.of(), List.of("198.51.100.2")), "an untrusted sender");
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        assertEquals("2001:db8:1:2::/64", NONE.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd", List.of(), List.of()));
        assertEquals("2001:db8:1:2::/64", NONE.of("2001:db8:1:2::1", List.of(), List.of()));
    }

    @Test
    void aMistypedListIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> ClientAddresses.trusting("proxy.example"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddresses.trusting("10.0.0.0/33"));
    }
}

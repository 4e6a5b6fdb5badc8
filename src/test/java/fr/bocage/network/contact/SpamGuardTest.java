package fr.bocage.network.contact;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.platform.SignedTimestamps;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.TooManyRequests;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The contact form's anti-spam checks: trap field, signed minimum time, limits per address and per client. */
class SpamGuardTest {
    private final MovingClock clock = new MovingClock();
    private final SignedTimestamps stamps = SignedTimestamps.of(new byte[32], clock);
    private final SpamGuard guard = new SpamGuard(stamps, 3, 2, 3);

    private static ContactInput input(String email, String token, String website) {
        return new ContactInput("Camille Martin", email, null, "Bonjour, une question sur les haies.", true, token,
                website);
    }

    /** A token shown {@code seconds} ago. */
    private String shownAgo(long seconds) {
        String token = guard.token();
        clock.advance(Duration.ofSeconds(seconds));
        return token;
    }

    @Test
    void aPersonWhoTookTheirTimeGetsThrough() {
        assertDoesNotThrow(() -> guard.admit(input("camille@exemple.fr", shownAgo(3), ""), "10.0.0.1"));
    }

    @Test
    void theTrapFieldFilledIsRefusedWithAMessageSayingSo() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> guard.admit(input("camille@exemple.fr", shownAgo(30), "http://spam.example"), "10.0.0.1"));
        assertTrue(refused.getMessage().contains("Laissez ce champ vide"), refused.getMessage());
    }

    @Test
    void aFormSentWithinTheMinimumTimeIsRefusedVisibly() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> guard.admit(input("camille@exemple.fr", shownAgo(2), null), "10.0.0.1"));
        assertTrue(refused.getMessage().contains("trop vite"), refused.getMessage());
        assertTrue(refused.getMessage().contains("3 secondes"), refused.getMessage());
    }

    @Test
    void aMissingForgedStaleOrForeignTokenIsRefused() {
        String token = shownAgo(10);
        String[] parts = token.split("\\.");
        String earlier = Long.toString(Long.parseLong(parts[0], 36) - 3_600_000, 36) + "." + parts[1];
        String foreign = SignedTimestamps.of(new byte[32], clock).issue("another-form");
        for (String bad : new String[] {null, "", "abc", earlier, foreign, token + "x"}) {
            InvalidInput refused = assertThrows(InvalidInput.class,
                    () -> guard.admit(input("camille@exemple.fr", bad, null), "10.0.0.1"), String.valueOf(bad));
            assertTrue(refused.getMessage().contains("expiré"), refused.getMessage());
        }
        String old = guard.token();
        clock.advance(fr.bocage.platform.FormGuard.TOKEN_LIFETIME.plusSeconds(1));
        assertThrows(InvalidInput.class, () -> guard.admit(input("camille@exemple.fr", old, null), "10.0.0.1"));
        assertNotEquals(old, guard.keepOrRenew(old), "a stale token is renewed when the form comes back");
        String good = guard.token();
        assertEquals(good, guard.keepOrRenew(good), "a good one is kept, so that the time spent counts");
    }

    @Test
    void oneAddressSendsSoManyAnHourThenWaitsWithA429AndMinutes() {
        String token = shownAgo(5);
        guard.admit(input("camille@exemple.fr", token, null), "10.0.0.1");
        guard.admit(input("Camille@Exemple.fr ", token, null), "10.0.0.2");
        TooManyRequests refused = assertThrows(TooManyRequests.class,
                () -> guard.admit(input("camille@exemple.fr", token, null), "10.0.0.3"));
        assertTrue(refused.getMessage().contains("réessayez dans 60 minutes"), refused.getMessage());
        assertEquals(Duration.ofHours(1), refused.retryAfter());
        assertDoesNotThrow(() -> guard.admit(input("lea@exemple.fr", token, null), "10.0.0.3"),
                "another address, from a client below its limit");
        clock.advance(Duration.ofMinutes(61));
        assertDoesNotThrow(() -> guard.admit(input("camille@exemple.fr", token, null), "10.0.0.1"));
    }

    @Test
    void oneClientSendsSoManyAnHourWhateverTheAddresses() {
        String token = shownAgo(5);
        guard.admit(input("a@exemple.fr", token, null), "10.0.0.9");
        guard.admit(input("b@exemple.fr", token, null), "10.0.0.9");
        guard.admit(input("c@exemple.fr", token, null), "10.0.0.9");
        assertThrows(TooManyRequests.class, () -> guard.admit(input("d@exemple.fr", token, null), "10.0.0.9"));
        // The refused one was not counted against its address.
        assertDoesNotThrow(() -> guard.admit(input("d@exemple.fr", token, null), "10.0.0.10"));
        assertDoesNotThrow(() -> guard.admit(input("d@exemple.fr", token, null), "10.0.0.10"));
    }

    /** A clock the test moves forward. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

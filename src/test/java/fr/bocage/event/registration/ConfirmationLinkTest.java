package fr.bocage.event.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConfirmationLinkTest {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void aLinkServesADayWhenTheWebinarIsFurther() {
        assertEquals(Instant.parse("2026-12-06T10:00:00Z"), ConfirmationLink.expiry(NOW, NOW.plus(Duration.ofDays(3))));
    }

    @Test
    void aLinkNeverServesPastTheWebinarsStart() {
        Instant start = NOW.plus(Duration.ofHours(2));
        assertEquals(start, ConfirmationLink.expiry(NOW, start));
        assertEquals(NOW.plus(ConfirmationLink.VALIDITY), ConfirmationLink.expiry(NOW, NOW.plus(ConfirmationLink.VALIDITY)));
    }

    @Test
    void aPendingRegistrationsLinkExpiresAtItsInstant() {
        Registration pending = new Registration(EventKey.of(1), NOW);
        Instant expiry = ConfirmationLink.expiry(NOW, NOW.plus(Duration.ofHours(1)));
        pending.awaitConfirmation("hash", expiry);
        assertEquals(false, pending.confirmationExpired(expiry.minusMillis(1)));
        assertEquals(true, pending.confirmationExpired(expiry));
    }
}

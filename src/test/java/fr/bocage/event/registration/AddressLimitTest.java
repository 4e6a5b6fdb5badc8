package fr.bocage.event.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressLimitTest {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final AddressLimit FIVE_A_DAY = new AddressLimit(5, AddressLimit.DAY);

    @Test
    void theCountGoesBackOnePeriod() {
        assertEquals(Instant.parse("2026-12-04T10:00:00Z"), FIVE_A_DAY.since(NOW));
    }

    @Test
    void registrationsAreAllowedUpToTheLimit() {
        assertEquals(Optional.empty(), FIVE_A_DAY.wait(0, null, NOW));
        assertEquals(Optional.empty(), FIVE_A_DAY.wait(4, NOW.minus(Duration.ofHours(3)), NOW));
    }

    @Test
    void beyondItTheWaitLastsUntilTheOldestLeavesThePeriod() {
        assertEquals(Optional.of(Duration.ofHours(21)), FIVE_A_DAY.wait(5, NOW.minus(Duration.ofHours(3)), NOW));
        assertEquals(Optional.of(Duration.ZERO), FIVE_A_DAY.wait(6, NOW.minus(AddressLimit.DAY), NOW),
                "never a negative wait");
    }

    @Test
    void aLimitOfNoneRefusesEveryRegistration() {
        assertEquals(Optional.of(AddressLimit.DAY), new AddressLimit(0, AddressLimit.DAY).wait(0, null, NOW));
    }
}

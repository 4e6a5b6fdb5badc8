package fr.bocage.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.account.LoginThrottle.Attempt;
import fr.bocage.account.LoginThrottle.Rule;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final String ALICE = "alice@example.org";
    private static final String HOME = "192.0.2.1";
    private static final String OFFICE = "192.0.2.2";

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.PLACE,
            new Rule(8, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15)), LoginThrottle.ACCOUNT);

    private static Attempt from(String username, String address) {
        return new Attempt(username, address, Optional.empty());
    }

    private static Attempt known(String username, String address, String device) {
        return new Attempt(username, address, Optional.of(device));
    }

    private void fail(Attempt attempt, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(attempt);
        }
    }

    @Test
    void aPlaceWaitsAfterFiveFailuresAndLongerAfterEachFurtherOne() {
        fail(from(ALICE, HOME), 4);
        assertEquals(Optional.empty(), throttle.retryAfter(from(ALICE, HOME)), "four mistakes are allowed");

        fail(from(ALICE, HOME), 1);
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.retryAfter(from(ALICE, HOME)));
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.retryAfter(from("ALICE@example.org ", HOME)),
                "whatever the case of its name");

        clock.advance(Duration.ofSeconds(30));
        assertEquals(Optional.empty(), throttle.retryAfter(from(ALICE, HOME)));
        fail(from(ALICE, HOME), 1);
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.retryAfter(from(ALICE, HOME)), "the delay doubles");
        clock.advance(Duration.ofSeconds(60));
        fail(from(ALICE, HOME), 1);
        assertEquals(Optional.of(Duration.ofSeconds(120)), throttle.retryAfter(from(ALICE, HOME)));
    }

    /** Issue 21 #7: wrong passwords from one address locked the account for the right one from anywhere. */
    @Test
    void failuresFromOneAddressDoNotLockTheAccountElsewhere() {
        fail(from(ALICE, "203.0.113.66"), 7);
        assertTrue(throttle.retryAfter(from(ALICE, "203.0.113.66")).isPresent());
        assertEquals(Optional.empty(), throttle.retryAfter(from(ALICE, HOME)), "the owner at home is not concerned");
        assertEquals(Optional.empty(), throttle.retryAfter(known(ALICE, "203.0.113.66", "device-1")),
                "nor the owner's own browser behind the same address");
    }

    @Test
    void manyAddressesHitTheAccountsCeilingButNotItsKnownDevices() {
        for (int i = 0; i < 50; i++) {
            throttle.failed(from(ALICE, "198.51.100." + i));
        }
        assertTrue(throttle.retryAfter(from(ALICE, OFFICE)).isPresent(), "an unknown device waits");
        assertEquals(Optional.empty(), throttle.retryAfter(known(ALICE, OFFICE, "device-1")), "a known one does not");
        fail(known(ALICE, OFFICE, "device-2"), 5);
        assertTrue(throttle.retryAfter(known(ALICE, OFFICE, "device-2")).isPresent(), "a known device has its own count");
        assertEquals(Optional.empty(), throttle.retryAfter(known(ALICE, OFFICE, "device-1")));
    }

    @Test
    void theDelayHasACeilingAndFailuresAreForgottenAfterTheWindow() {
        fail(from(ALICE, HOME), 30);
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.retryAfter(from(ALICE, HOME)));

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertEquals(Optional.empty(), throttle.retryAfter(from(ALICE, HOME)));
        fail(from(ALICE, HOME), 1);
        assertEquals(Optional.empty(), throttle.retryAfter(from(ALICE, HOME)), "older failures no longer count");
    }

    @Test
    void aSuccessForgetsThePlacesFailuresButNotTheAddresss() {
        fail(from(ALICE, HOME), 5);
        throttle.succeeded(from(ALICE, HOME));
        assertEquals(Optional.empty(), throttle.retryAfter(from(ALICE, HOME)));

        fail(from("mallory", HOME), 3);
        throttle.succeeded(from("mallory", HOME));
        Optional<Duration> wait = throttle.retryAfter(from("bob", HOME));
        assertEquals(Optional.of(Duration.ofSeconds(30)), wait, "eight failures from one address, whichever accounts");
        assertTrue(throttle.retryAfter(from("bob", OFFICE)).isEmpty(), "other addresses are not concerned");
    }

    @Test
    void anAddressTriesManyAccountsOnlyUpToItsOwnLimit() {
        for (int i = 0; i < 7; i++) {
            throttle.failed(from("user" + i, OFFICE));
        }
        assertTrue(throttle.retryAfter(from("someone", OFFICE)).isEmpty());
        throttle.failed(from("user7", OFFICE));
        assertTrue(throttle.retryAfter(from("someone", OFFICE)).isPresent());
    }

    /** Issue 12 #9: one bounded map for every key: 10,000 new keys pushed out the count of the account under attack. */
    @Test
    void manyAddressesAndNamesDoNotFlushTheCountsThatHoldBack() {
        fail(from(ALICE, HOME), 5);
        for (int i = 0; i < 30_000; i++) {
            throttle.failed(from("name" + i, "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255)));
        }
        assertTrue(throttle.retryAfter(from(ALICE, HOME)).isPresent(), "the place under attack still waits");
    }
}

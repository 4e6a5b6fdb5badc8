package fr.bocage.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.account.LoginThrottle.Rule;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final String ALICE = "alice@example.org";
    private static final String HOME = "192.0.2.1";
    private static final String OFFICE = "192.0.2.2";

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.ACCOUNT,
            new Rule(8, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15)));

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    @Test
    void anAccountWaitsAfterFiveFailuresAndLongerAfterEachFurtherOne() {
        fail(ALICE, HOME, 4);
        assertEquals(Optional.empty(), throttle.retryAfter(ALICE, HOME), "four mistakes are allowed");

        fail(ALICE, HOME, 1);
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.retryAfter(ALICE, HOME));
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.retryAfter("ALICE@example.org ", OFFICE),
                "the account waits from any address, whatever the case of its name");

        clock.advance(Duration.ofSeconds(30));
        assertEquals(Optional.empty(), throttle.retryAfter(ALICE, HOME));
        fail(ALICE, HOME, 1);
        assertEquals(Optional.of(Duration.ofSeconds(60)), throttle.retryAfter(ALICE, HOME), "the delay doubles");
        clock.advance(Duration.ofSeconds(60));
        fail(ALICE, HOME, 1);
        assertEquals(Optional.of(Duration.ofSeconds(120)), throttle.retryAfter(ALICE, HOME));
    }

    @Test
    void theDelayHasACeilingAndFailuresAreForgottenAfterTheWindow() {
        fail(ALICE, HOME, 30);
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.retryAfter(ALICE, HOME));

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertEquals(Optional.empty(), throttle.retryAfter(ALICE, HOME));
        fail(ALICE, HOME, 1);
        assertEquals(Optional.empty(), throttle.retryAfter(ALICE, HOME), "older failures no longer count");
    }

    @Test
    void aSuccessForgetsTheAccountsFailuresButNotTheAddresss() {
        fail(ALICE, HOME, 5);
        throttle.succeeded(ALICE);
        assertEquals(Optional.empty(), throttle.retryAfter(ALICE, HOME));

        fail("mallory", HOME, 3);
        throttle.succeeded("mallory");
        Optional<Duration> wait = throttle.retryAfter("bob", HOME);
        assertEquals(Optional.of(Duration.ofSeconds(30)), wait, "eight failures from one address, whichever accounts");
        assertTrue(throttle.retryAfter("bob", OFFICE).isEmpty(), "other addresses are not concerned");
    }

    @Test
    void anAddressTriesManyAccountsOnlyUpToItsOwnLimit() {
        for (int i = 0; i < 7; i++) {
            throttle.failed("user" + i, OFFICE);
        }
        assertTrue(throttle.retryAfter("someone", OFFICE).isEmpty());
        throttle.failed("user7", OFFICE);
        assertTrue(throttle.retryAfter("someone", OFFICE).isPresent());
    }
}

package fr.bocage.account;

import fr.bocage.platform.RecentEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing, for the login form and HTTP Basic alike, without letting a stranger lock an
 * account (issue 21 #7). Failures are counted:
 * <ul>
 * <li>per account and client address, or per account and known device when the login comes from a browser that
 * logged into that account before ({@link DeviceCookies}): a person who mistypes waits, from that place only;</li>
 * <li>per client address, whatever the accounts: one address guessing many accounts;</li>
 * <li>per account, from unknown devices only, with a higher ceiling: many addresses guessing one account. Beyond
 * it, unknown devices wait, while the owner's known devices do not, so a stranger who fails on purpose blocks only
 * logins from new places, never the owner's usual browser.</li>
 * </ul>
 * After {@code threshold} failures within the window, the next try must wait; each further failure doubles the
 * wait, up to a ceiling. Tries refused while waiting are not checked and not counted. A success forgets the
 * failures of its own account and place (not the address's: an attacker's own account must not wash the address
 * clean, nor the account's ceiling: the owner's success must not give a guesser a new allowance).
 *
 * <p>The counts live in memory: a restart forgets them, and each server of a cluster would count on its own. That is
 * enough to make guessing impractical (a few tries an hour), without a table written on every failure.
 */
@ApplicationScoped
public class LoginThrottle {
    /** Per account and place: a person who mistypes five times in a quarter of an hour waits half a minute, then longer. */
    static final Rule PLACE = new Rule(5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15));
    /** Per address: higher, since one address may be a whole office behind a NAT. */
    static final Rule ADDRESS = new Rule(20, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15));
    /** Per account, from unknown devices: a guesser spread over many addresses gets a few hundred tries a day. */
    static final Rule ACCOUNT = new Rule(50, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15));
    private static final int MAX_KEYS = 10_000;

    /** When a key must wait: {@code threshold} failures within {@code window}, then a doubling delay. */
    record Rule(int threshold, Duration window, Duration firstDelay, Duration maxDelay) {
        /** Beyond this many the delay is at its ceiling anyway. */
        int kept() {
            return threshold + 30;
        }
    }

    /** Who tries: the account, the client's address, and the device id if the browser is known for that account. */
    public record Attempt(String username, String address, Optional<String> device) {
        String account() {
            return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        }

        String place() {
            return account() + (device.isPresent() ? "|device:" + device.get() : "|address:" + address);
        }
    }

    private final Clock clock;
    private final Rule placeRule;
    private final Rule addressRule;
    private final Rule accountRule;
    private final RecentEvents byPlace;
    private final RecentEvents byAddress;
    private final RecentEvents byAccount;

    public LoginThrottle() {
        this(Clock.systemUTC(), PLACE, ADDRESS, ACCOUNT);
    }

    LoginThrottle(Clock clock, Rule placeRule, Rule addressRule, Rule accountRule) {
        this.clock = clock;
        this.placeRule = placeRule;
        this.addressRule = addressRule;
        this.accountRule = accountRule;
        this.byPlace = new RecentEvents(MAX_KEYS, placeRule.window(), placeRule.threshold());
        this.byAddress = new RecentEvents(MAX_KEYS, addressRule.window(), addressRule.threshold());
        this.byAccount = new RecentEvents(MAX_KEYS, accountRule.window(), accountRule.threshold());
    }

    /** How long this login must wait before it is even checked, if it must. */
    public synchronized Optional<Duration> retryAfter(Attempt attempt) {
        Instant now = clock.instant();
        Duration wait = max(wait(byPlace, attempt.place(), placeRule, now),
                wait(byAddress, attempt.address(), addressRule, now));
        if (attempt.device().isEmpty()) {
            wait = max(wait, wait(byAccount, attempt.account(), accountRule, now));
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public synchronized void failed(Attempt attempt) {
        Instant now = clock.instant();
        byPlace.add(attempt.place(), now, placeRule.kept());
        byAddress.add(attempt.address(), now, addressRule.kept());
        if (attempt.device().isEmpty()) {
            byAccount.add(attempt.account(), now, accountRule.kept());
        }
    }

    public synchronized void succeeded(Attempt attempt) {
        byPlace.forget(attempt.place());
    }

    private static Duration wait(RecentEvents failures, String key, Rule rule, Instant now) {
        Deque<Instant> times = failures.within(key, now);
        int beyond = times.size() - rule.threshold();
        if (beyond < 0) {
            return Duration.ZERO;
        }
        Duration delay = rule.firstDelay().multipliedBy(1L << Math.min(beyond, 20));
        Instant until = times.peekLast().plus(delay.compareTo(rule.maxDelay()) > 0 ? rule.maxDelay() : delay);
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

package fr.bocage.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing, by account and by client address, for the login form and HTTP Basic alike. After
 * {@code threshold} failures within the window, the next try must wait; each further failure doubles the wait, up to
 * a ceiling. Tries refused while waiting are not checked and not counted. A success forgets the account's failures
 * (not the address's: an attacker's own account must not wash the address clean).
 *
 * <p>The counts live in memory: a restart forgets them, and each server of a cluster would count on its own. That is
 * enough to make guessing impractical (a few tries an hour), without a table written on every failure.
 */
@ApplicationScoped
public class LoginThrottle {
    /** Per account: a person who mistypes five times in a quarter of an hour waits half a minute, then longer. */
    static final Rule ACCOUNT = new Rule(5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15));
    /** Per address: higher, since one address may be a whole office behind a NAT. */
    static final Rule ADDRESS = new Rule(20, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15));
    private static final int MAX_KEYS = 10_000;

    /** When a key must wait: {@code threshold} failures within {@code window}, then a doubling delay. */
    record Rule(int threshold, Duration window, Duration firstDelay, Duration maxDelay) {
    }

    private final Clock clock;
    private final Rule accountRule;
    private final Rule addressRule;
    private final RecentEvents failures = new RecentEvents(MAX_KEYS);

    public LoginThrottle() {
        this(Clock.systemUTC(), ACCOUNT, ADDRESS);
    }

    LoginThrottle(Clock clock, Rule accountRule, Rule addressRule) {
        this.clock = clock;
        this.accountRule = accountRule;
        this.addressRule = addressRule;
    }

    /** How long this login must wait before it is even checked, if it must. */
    public synchronized Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(wait(accountKey(username), accountRule, now), wait(addressKey(address), addressRule, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        record(accountKey(username), accountRule, now);
        record(addressKey(address), addressRule, now);
    }

    public synchronized void succeeded(String username) {
        failures.forget(accountKey(username));
    }

    private Duration wait(String key, Rule rule, Instant now) {
        Deque<Instant> times = failures.within(key, rule.window(), now);
        int beyond = times.size() - rule.threshold();
        if (beyond < 0) {
            return Duration.ZERO;
        }
        Duration delay = rule.firstDelay().multipliedBy(1L << Math.min(beyond, 20));
        Instant until = times.peekLast().plus(delay.compareTo(rule.maxDelay()) > 0 ? rule.maxDelay() : delay);
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    private void record(String key, Rule rule, Instant now) {
        // Beyond this many the delay is at its ceiling anyway.
        failures.add(key, rule.window(), now, rule.threshold() + 30);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}

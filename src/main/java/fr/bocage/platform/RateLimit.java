package fr.bocage.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Deque;

/**
 * At most {@code count} events per key within a sliding {@code window}, in memory and bounded like
 * {@link RecentEvents}, which it counts with: a flood of new keys cannot wash a key at its limit clean. Lifted here
 * so that the features' forms (the contact form) count like the account e-mails do, without a copy of the counting.
 * Not thread-safe: its owner synchronises, so that several limits are checked, then counted, as one step.
 */
public final class RateLimit {
    private static final int MAX_KEYS = 10_000;

    private final int count;
    private final Duration window;
    private final RecentEvents events;

    public RateLimit(int count, Duration window) {
        this.count = count;
        this.window = window;
        this.events = new RecentEvents(MAX_KEYS, window, Math.max(1, count));
    }

    public int count() {
        return count;
    }

    /** How long until {@code key} may have one more event: zero when it may now. */
    public Duration waitFor(String key, Instant now) {
        if (count <= 0) {
            return window;
        }
        Deque<Instant> times = events.within(key, now);
        if (times.size() < count) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(now, times.peekFirst().plus(window));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** Counts one event of {@code key} at {@code now}. */
    public void add(String key, Instant now) {
        events.add(key, now, Math.max(1, count));
    }

    /** The longer of two waits. */
    public static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

package fr.bocage.platform.error;

import java.time.Duration;

/** A 429: the client must wait {@link #retryAfter()} before trying again, which the answer's Retry-After says. */
public final class TooManyRequests extends DomainException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRequests(Duration retryAfter, String message) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The Retry-After value: whole seconds, rounded up, at least one. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** The wait as the French messages say it: whole minutes, rounded up, at least one. */
    public static long minutes(Duration wait) {
        return Math.max(1, (seconds(wait) + 59) / 60);
    }
}

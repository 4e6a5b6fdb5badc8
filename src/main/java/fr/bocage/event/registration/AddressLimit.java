package fr.bocage.event.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many registrations one address may ask for across webinars within a period (pending, confirmed or waiting
 * alike): the e-mail confirmation keeps others' addresses out, this keeps one person from collecting places under
 * a single address.
 */
record AddressLimit(int max, Duration period) {
    static final Duration DAY = Duration.ofDays(1);

    /** Where the period counted back from {@code now} starts. */
    Instant since(Instant now) {
        return now.minus(period);
    }

    /**
     * How long until one more is allowed, if none is now.
     *
     * @param count the address's registrations asked for since {@link #since}
     * @param oldest the oldest of them, null when there is none (a limit of 0 allows none at all)
     */
    Optional<Duration> wait(long count, Instant oldest, Instant now) {
        if (count < max) {
            return Optional.empty();
        }
        Duration wait = oldest == null ? period : Duration.between(now, oldest.plus(period));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }
}

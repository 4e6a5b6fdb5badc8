package fr.bocage.event.registration;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the link that confirms a registration serves: a day, and never past the webinar's start, when
 * registrations close anyway.
 */
final class ConfirmationLink {
    static final Duration VALIDITY = Duration.ofHours(24);

    private ConfirmationLink() {
    }

    static Instant expiry(Instant now, Instant webinarStart) {
        Instant dayLater = now.plus(VALIDITY);
        return dayLater.isBefore(webinarStart) ? dayLater : webinarStart;
    }
}

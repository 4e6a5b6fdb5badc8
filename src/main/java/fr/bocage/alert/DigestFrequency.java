package fr.bocage.alert;

import java.time.Duration;

/** How often a saved search's digest is e-mailed: never (its feed only), every day or every week. */
public enum DigestFrequency {
    NONE(null), DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

    private final Duration period;

    DigestFrequency(Duration period) {
        this.period = period;
    }

    /** The time a digest covers; null for {@link #NONE}. */
    public Duration period() {
        return period;
    }
}

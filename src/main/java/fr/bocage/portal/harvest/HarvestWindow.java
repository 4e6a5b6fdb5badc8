package fr.bocage.portal.harvest;

import java.time.Instant;
import java.util.Optional;

/**
 * What a harvest selects: datestamps from {@code from} (inclusive) to before {@code before} (exclusive), either open
 * when null, and at most one set.
 */
record HarvestWindow(Instant from, Instant before, Optional<HarvestSet> set) {
    /** The database keeps timestamps from 1970 (no datestamp is older) up to the year 9999. */
    static final Instant EARLIEST = Instant.EPOCH;
    static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    static boolean storable(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /** Bounds the database can compare: a forged token could carry any. */
    boolean storable() {
        return (from == null || storable(from)) && (before == null || storable(before));
    }

    static Instant clamp(Instant instant) {
        return instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
    }
}

package fr.bocage.alert;

import java.time.Duration;
import java.time.Instant;

/**
 * When a saved search's digest is due and which publications it covers. Each search keeps the end of the time its
 * last digest covered ({@code coveredUntil}, stored): the next one covers from there, so that a restart, a late run
 * or a failed one neither repeats nor skips a publication.
 * <ul>
 * <li>A digest covers publications up to {@value #SETTLE_MINUTES} minutes ago, not up to now: a publication is
 * searchable a moment after its commit, and one committed but not yet in the index would otherwise be covered without
 * being found, hence never announced.</li>
 * <li>It is due once its period has passed since {@code coveredUntil}, less the job's own period: the job runs every
 * {@link #RUN_EVERY}, so a daily digest would otherwise slip by up to that much each day.</li>
 * </ul>
 */
public final class DigestPeriod {
    static final int SETTLE_MINUTES = 5;
    static final Duration SETTLE = Duration.ofMinutes(SETTLE_MINUTES);
    /** How often the job looks for due digests. */
    public static final Duration RUN_EVERY = Duration.ofHours(1);

    private DigestPeriod() {
    }

    /** The end of what a digest sent at {@code now} covers. */
    public static Instant coveredEnd(Instant now) {
        return now.minus(SETTLE);
    }

    /**
     * The end of what a digest run as if at {@code now} covers, when it really runs at {@code realNow}: never beyond
     * the present, so that a run « as if » later (an administrator's trial) decides which digests are due but cannot
     * mark as covered a time whose publications have not happened yet.
     */
    public static Instant coveredEnd(Instant now, Instant realNow) {
        Instant end = coveredEnd(now);
        return end.isAfter(realNow) ? realNow : end;
    }

    /** Whether a digest of this frequency, having covered up to {@code coveredUntil}, is due at {@code now}. */
    public static boolean due(DigestFrequency frequency, Instant coveredUntil, Instant now) {
        if (frequency == DigestFrequency.NONE) {
            return false;
        }
        return !coveredEnd(now).isBefore(coveredUntil.plus(frequency.period()).minus(RUN_EVERY));
    }

    /**
     * Where the covered time starts again when the frequency changes at {@code now}: turning the digest on starts it
     * afresh (a person who chose « none » for months wants no digest of those months); changing between daily and
     * weekly keeps what was covered.
     */
    public static Instant coveredAfterChange(DigestFrequency before, DigestFrequency after, Instant coveredUntil,
            Instant now) {
        return before == DigestFrequency.NONE && after != DigestFrequency.NONE ? coveredEnd(now) : coveredUntil;
    }
}

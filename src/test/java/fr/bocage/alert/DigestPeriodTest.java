package fr.bocage.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DigestPeriodTest {
    private static final Instant SAVED = Instant.parse("2026-12-01T10:17:00Z");

    @Test
    void aDigestCoversUpToAFewMinutesAgoSoThatTheIndexHasCaughtUp() {
        assertEquals(SAVED.minus(Duration.ofMinutes(5)), DigestPeriod.coveredEnd(SAVED));
    }

    @Test
    void aDailyDigestIsDueADayAfterWhatItCoveredLessTheJobsPeriod() {
        Instant covered = DigestPeriod.coveredEnd(SAVED);
        assertFalse(DigestPeriod.due(DigestFrequency.DAILY, covered, SAVED.plus(Duration.ofHours(12))));
        assertFalse(DigestPeriod.due(DigestFrequency.DAILY, covered, SAVED.plus(Duration.ofHours(22))),
                "more than the job's period early");
        assertTrue(DigestPeriod.due(DigestFrequency.DAILY, covered, SAVED.plus(Duration.ofHours(23))),
                "within the job's period of a day: the next run would be late, this one goes");
        assertTrue(DigestPeriod.due(DigestFrequency.DAILY, covered, SAVED.plus(Duration.ofDays(1))));
        assertTrue(DigestPeriod.due(DigestFrequency.DAILY, covered, SAVED.plus(Duration.ofDays(30))),
                "after a long stop: due, and it covers the whole time at once");
    }

    @Test
    void aWeeklyDigestWaitsAWeek() {
        Instant covered = DigestPeriod.coveredEnd(SAVED);
        assertFalse(DigestPeriod.due(DigestFrequency.WEEKLY, covered, SAVED.plus(Duration.ofDays(6))));
        assertTrue(DigestPeriod.due(DigestFrequency.WEEKLY, covered, SAVED.plus(Duration.ofDays(7))));
    }

    @Test
    void aRunAsIfLaterNeverCoversBeyondThePresent() {
        Instant realNow = SAVED.plus(Duration.ofHours(2));
        Instant asIf = SAVED.plus(Duration.ofDays(8));
        assertEquals(realNow, DigestPeriod.coveredEnd(asIf, realNow),
                "what is published between now and then is still to come: the next digest covers it");
        assertEquals(DigestPeriod.coveredEnd(realNow), DigestPeriod.coveredEnd(realNow, realNow), "a real run");
    }

    @Test
    void noDigestIsNeverDue() {
        assertFalse(DigestPeriod.due(DigestFrequency.NONE, Instant.EPOCH, SAVED));
    }

    @Test
    void runsOnAnHourlyJobDoNotDriftLaterEachDay() {
        // The job runs at :17 of every hour; each digest covers up to its run less the settling time.
        Instant covered = DigestPeriod.coveredEnd(SAVED);
        Instant run = SAVED;
        for (int day = 1; day <= 10; day++) {
            do {
                run = run.plus(DigestPeriod.RUN_EVERY);
            } while (!DigestPeriod.due(DigestFrequency.DAILY, covered, run));
            covered = DigestPeriod.coveredEnd(run);
        }
        assertTrue(Duration.between(SAVED, run).compareTo(Duration.ofDays(10).plus(DigestPeriod.RUN_EVERY)) <= 0,
                "ten daily digests within ten days and an hour: " + run);
        assertTrue(Duration.between(SAVED, run).compareTo(Duration.ofDays(9)) > 0, "and not more often: " + run);
    }

    @Test
    void consecutiveDigestsCoverEveryInstantOnce() {
        Instant first = DigestPeriod.coveredEnd(SAVED);
        Instant secondRun = SAVED.plus(Duration.ofDays(1));
        Instant second = DigestPeriod.coveredEnd(secondRun);
        // The second covers [first, second): it starts where the first ended, with no gap and no overlap.
        assertTrue(DigestPeriod.due(DigestFrequency.DAILY, first, secondRun));
        assertEquals(Duration.ofDays(1), Duration.between(first, second));
    }

    @Test
    void turningTheDigestOnStartsAfreshAndChangingItsFrequencyKeepsWhatWasCovered() {
        Instant covered = DigestPeriod.coveredEnd(SAVED);
        Instant later = SAVED.plus(Duration.ofDays(40));
        assertEquals(DigestPeriod.coveredEnd(later),
                DigestPeriod.coveredAfterChange(DigestFrequency.NONE, DigestFrequency.WEEKLY, covered, later),
                "no digest of the forty days it was off");
        assertEquals(covered,
                DigestPeriod.coveredAfterChange(DigestFrequency.DAILY, DigestFrequency.WEEKLY, covered, later));
        assertEquals(covered,
                DigestPeriod.coveredAfterChange(DigestFrequency.DAILY, DigestFrequency.NONE, covered, later));
    }
}

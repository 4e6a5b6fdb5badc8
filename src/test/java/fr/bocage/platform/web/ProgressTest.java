package fr.bocage.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void rateAndTimeLeftFollowFromTheCountsSoFar() {
        Progress progress = Progress.of(40, 100, 40, true, START, null, START.plusSeconds(20));
        assertEquals(2.0, progress.perSecond());
        assertEquals(30L, progress.secondsLeft());
    }

    @Test
    void aFinishedTaskKeepsItsRateAndHasNoTimeLeft() {
        Progress progress = Progress.of(100, 100, 100, false, START, START.plusSeconds(50), START.plusSeconds(500));
        assertEquals(2.0, progress.perSecond());
        assertNull(progress.secondsLeft());
    }

    @Test
    void noRateBeforeTheFirstItemOrTheFirstSecond() {
        assertNull(Progress.of(0, 100, 0, true, START, null, START.plusSeconds(30)).perSecond());
        assertNull(Progress.of(3, 100, 3, true, START, null, START.plusMillis(500)).perSecond());
        assertNull(Progress.of(3, 100, 3, true, null, null, START).secondsLeft());
    }
}

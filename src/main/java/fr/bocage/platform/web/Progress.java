package fr.bocage.platform.web;

import java.time.Duration;
import java.time.Instant;

/**
 * A background task's progress as the administration pages show it ({@code layout/progress.jspf}): counts, the
 * percentage, and while it runs the rate so far and the time it would take at that rate to finish. Computed on the
 * server for the page and for its refreshes alike, so the script that refreshes it has nothing to compute.
 *
 * @param perSecond items per second since the start, null before a whole second has gone by or when none is done
 * @param secondsLeft the estimated seconds left, null when not running or when the rate is unknown
 */
public record Progress(long done, long total, int percent, boolean running, Double perSecond, Long secondsLeft) {

    public static Progress of(long done, long total, int percent, boolean running, Instant startedAt,
            Instant finishedAt, Instant now) {
        Double rate = null;
        Long left = null;
        if (startedAt != null && done > 0) {
            double seconds = Duration.between(startedAt, finishedAt == null ? now : finishedAt).toMillis() / 1000.0;
            if (seconds >= 1) {
                rate = done / seconds;
                if (running && total >= done) {
                    left = (long) Math.ceil((total - done) / rate);
                }
            }
        }
        return new Progress(done, total, percent, running, rate, left);
    }
}

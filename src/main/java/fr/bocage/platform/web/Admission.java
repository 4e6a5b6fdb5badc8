package fr.bocage.platform.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many requests the server works on at once, and how long one may wait for its turn. Two cores answer more
 * requests per second with a few at a time than with dozens interleaved; beyond the wait, a quick refusal (503) is
 * better for a visitor than an answer after seconds, and keeps the queue, hence every answer's delay, bounded.
 * Fair, so that those who waited longest go first.
 */
final class Admission {
    private final Semaphore permits;
    private final long waitNanos;

    Admission(int concurrent, Duration wait) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("at least one request at a time: " + concurrent);
        }
        this.permits = new Semaphore(concurrent, true);
        this.waitNanos = wait.toNanos();
    }

    /** Takes a turn, waiting at most the wait; false when none came free in time (the caller must not leave). */
    boolean enter() throws InterruptedException {
        return permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
    }

    void leave() {
        permits.release();
    }
}

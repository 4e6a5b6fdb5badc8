package fr.bocage.search;

import java.io.IOException;
import java.util.function.LongSupplier;

/**
 * Background work that may take longer as the index grows (the completions' rebuild reads every published title):
 * after a run that took {@code d}, the next waits {@code (pacing - 1) × d}, so that it never takes more than
 * {@code 1/pacing} of a thread. Importing 100,000 documents otherwise rebuilt the completions back to back.
 */
final class PacedWork implements SearchEngine.IndexWork {
    private final SearchEngine.IndexWork work;
    private final int pacing;
    private final LongSupplier nanoClock;
    private boolean ran;   // guarded by this
    private long notBefore; // guarded by this; a System.nanoTime() value, meaningful once ran

    PacedWork(SearchEngine.IndexWork work, int pacing, LongSupplier nanoClock) {
        if (pacing < 1) {
            throw new IllegalArgumentException("pacing < 1: " + pacing);
        }
        this.work = work;
        this.pacing = pacing;
        this.nanoClock = nanoClock;
    }

    PacedWork(SearchEngine.IndexWork work, int pacing) {
        this(work, pacing, System::nanoTime);
    }

    /** Runs the work unless its last run was too recent for its length. */
    @Override
    public synchronized void run() throws IOException {
        long start = nanoClock.getAsLong();
        if (ran && start - notBefore < 0) {
            return;
        }
        try {
            work.run();
        } finally {
            long end = nanoClock.getAsLong();
            notBefore = end + (end - start) * (pacing - 1);
            ran = true;
        }
    }
}

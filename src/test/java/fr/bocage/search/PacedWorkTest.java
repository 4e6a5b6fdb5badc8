package fr.bocage.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PacedWorkTest {
    private final AtomicLong now = new AtomicLong(-5_000); // nanoTime may be negative
    private final AtomicInteger runs = new AtomicInteger();

    /** A run of 100 with a pacing of 20: nothing more until 1,900 after its end. */
    @Test
    void aLongRunDefersTheNextByItsLengthTimesThePacing() throws IOException {
        PacedWork paced = new PacedWork(() -> {
            runs.incrementAndGet();
            now.addAndGet(100);
        }, 20, now::get);

        paced.run();
        assertEquals(1, runs.get());
        now.addAndGet(1_899);
        paced.run();
        assertEquals(1, runs.get());
        now.addAndGet(1);
        paced.run();
        assertEquals(2, runs.get());
    }

    @Test
    void quickRunsAreNotHeldBack() throws IOException {
        PacedWork paced = new PacedWork(runs::incrementAndGet, 20, now::get);
        paced.run();
        paced.run();
        paced.run();
        assertEquals(3, runs.get());
    }

    /** A failed run is paced too: a build that fails slowly must not be retried back to back. */
    @Test
    void aFailedRunIsPacedToo() {
        PacedWork paced = new PacedWork(() -> {
            runs.incrementAndGet();
            now.addAndGet(50);
            throw new IOException("disk");
        }, 10, now::get);
        assertThrows(IOException.class, paced::run);
        now.addAndGet(449);
        assertEquals(1, runs.get());
        try {
            paced.run();
        } catch (IOException e) {
            throw new AssertionError("should have been skipped", e);
        }
        assertEquals(1, runs.get());
        now.addAndGet(1);
        assertThrows(IOException.class, paced::run);
        assertEquals(2, runs.get());
    }
}

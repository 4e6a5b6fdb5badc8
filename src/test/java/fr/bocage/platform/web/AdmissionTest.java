package fr.bocage.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdmissionTest {

    @Test
    void beyondItsTurnsARequestWaitsAtMostTheWaitThenIsRefused() throws Exception {
        Admission admission = new Admission(2, Duration.ofMillis(50));
        assertTrue(admission.enter());
        assertTrue(admission.enter());

        long start = System.nanoTime();
        assertFalse(admission.enter(), "both turns taken: refused");
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(50), "after waiting its time");

        admission.leave();
        assertTrue(admission.enter(), "a turn left free is taken");
    }

    @Test
    void aWaitingRequestGetsTheTurnFreedWhileItWaits() throws Exception {
        Admission admission = new Admission(1, Duration.ofSeconds(10));
        assertTrue(admission.enter());
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return admission.enter();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertFalse(waiting.isDone(), "still waiting for the one turn");
        admission.leave();
        assertTrue(waiting.get(5, TimeUnit.SECONDS));
    }

    @Test
    void atLeastOneTurn() {
        assertThrows(IllegalArgumentException.class, () -> new Admission(0, Duration.ofMillis(1)));
    }
}

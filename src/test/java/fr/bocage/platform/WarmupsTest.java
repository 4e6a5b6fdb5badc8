package fr.bocage.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WarmupsTest {

    @Test
    void runningUntilEveryWarmupHasEnded() {
        Warmups warmups = new Warmups();
        assertTrue(warmups.running().isEmpty(), "nothing begun: ready");
        warmups.begin("search");
        warmups.begin("pages");
        warmups.end("search");
        assertEquals(Set.of("pages"), warmups.running());
        warmups.end("pages");
        warmups.end("pages");
        assertTrue(warmups.running().isEmpty());
    }
}

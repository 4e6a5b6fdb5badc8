package fr.bocage.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WrkLoadGeneratorTest {

    @Test
    void readsTheScriptsLineAmongWrksOwnOutput() throws IOException {
        LoadGenerator.Sample sample = WrkLoadGenerator.sample("""
                Running 30s test @ http://localhost:9289
                  2 threads and 8 connections
                bocage-load responses=12030 micros=30015000 status_errors=30 overloaded=25 timeouts=2 socket_errors=1 \
                p50=19950 p99=53720
                Requests/sec:    400.80
                """, Duration.ofSeconds(30));
        assertEquals(12_000, sample.served());
        assertEquals(400.0, sample.perSecond(), 0.5);
        assertEquals(19.95, sample.p50Millis(), 1e-9);
        assertEquals(53.72, sample.p99Millis(), 1e-9);
        assertEquals(25, sample.overloaded());
        assertEquals(6, sample.errors(), "5 other answers of 400 and above, 1 socket error");
        assertEquals(2, sample.timeouts());
    }

    @Test
    void aRunWithoutErrorsHasNoFirstError() throws IOException {
        assertNull(WrkLoadGenerator.sample("bocage-load responses=10 micros=1000000 status_errors=0 overloaded=0"
                + " timeouts=0 socket_errors=0 p50=1000 p99=2000", Duration.ofSeconds(1)).firstError());
    }

    @Test
    void outputWithoutTheFiguresIsAnError() {
        assertThrows(IOException.class, () -> WrkLoadGenerator.sample("unable to connect to localhost:9289",
                Duration.ofSeconds(1)));
    }
}

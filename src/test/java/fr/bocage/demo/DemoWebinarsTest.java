package fr.bocage.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.training.WebinarInput;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoWebinarsTest {

    private static List<WebinarInput> shipped(LocalDate today) throws Exception {
        try (Reader reader = new InputStreamReader(DemoWebinarsTest.class.getResourceAsStream("/demo/demo-webinars.json"),
                StandardCharsets.UTF_8)) {
            return DemoWebinars.read(reader, today);
        }
    }

    @Test
    void twoWebinarsToComeAndOnePastWithItsReplayDatedFromTheFirstStart() throws Exception {
        LocalDate today = LocalDate.of(2026, 3, 1);
        List<WebinarInput> webinars = shipped(today);

        assertEquals(3, webinars.size());
        List<LocalDateTime> starts = webinars.stream().map(w -> LocalDateTime.parse(w.startsAt())).toList();
        assertEquals(LocalDateTime.of(2026, 3, 15, 14, 0), starts.get(0));
        assertEquals(2, starts.stream().filter(s -> s.toLocalDate().isAfter(today)).count());
        WebinarInput past = webinars.get(2);
        assertTrue(LocalDateTime.parse(past.startsAt()).toLocalDate().isBefore(today));
        assertNotNull(past.replayUrl());
        assertNull(past.joinUrl());
        for (WebinarInput w : webinars) {
            assertNotNull(w.metadata().title());
            assertTrue(w.metadata().summary().length() > 100, w.metadata().title());
            assertTrue(!w.metadata().themes().isEmpty() && !w.speakers().isEmpty(), w.metadata().title());
            assertTrue(w.durationMinutes() >= 5 && w.durationMinutes() <= 600);
            assertTrue(w.capacity() >= 1 && w.capacity() <= 10000);
        }
    }
}

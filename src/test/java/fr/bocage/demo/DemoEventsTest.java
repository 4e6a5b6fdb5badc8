package fr.bocage.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.network.event.EventInput;
import fr.bocage.network.event.EventFormat;
import fr.bocage.network.event.EventKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo agenda: known kinds and formats, ends after starts, the past twice-yearly meeting with its recap, one in La Réunion, one remote;
 * four in the demo networks. */
class DemoEventsTest {

    @Test
    void theDemoAgendaHasWhatTheIssueAsks() {
        LocalDate today = LocalDate.of(2027, 1, 15);
        List<EventInput> events = DemoEvents.of(today);
        assertEquals(6, events.size());
        // No Bean Validation provider in unit tests: the codes are checked against the enums the service reads.
        events.forEach(e -> assertTrue(EventKind.of(e.kind()).isPresent() && EventFormat.of(e.format()).isPresent()
                && e.startsAt().compareTo(e.endsAt()) < 0, e.metadata().title()));
        assertTrue(events.stream().anyMatch(e -> "network-meeting".equals(e.kind()) && e.recap() != null
                && LocalDate.parse(e.startsAt().substring(0, 10)).isBefore(today)), "a past meeting with a recap");
        assertTrue(events.stream().anyMatch(e -> "la-reunion".equals(e.metadata().territory())));
        assertTrue(events.stream().anyMatch(e -> "remote".equals(e.format())));
        assertTrue(events.stream().allMatch(e -> e.metadata().keywords().contains("démonstration")));
        assertEquals(List.of("haies-et-bocages", "haies-et-bocages", "territoires-participatifs", "haies-et-bocages"),
                events.stream().map(EventInput::network).filter(n -> n != null).toList(),
                "the demo networks' agendas");
    }
}

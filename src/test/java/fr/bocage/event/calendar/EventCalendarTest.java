package fr.bocage.event.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class EventCalendarTest {
    private static final URI PAGE = URI.create("https://bocage.example/ressources/7");
    private static final EventCalendar.Address SITE = new EventCalendar.Address("ne-pas-repondre@bocage.example",
            "Bocage");

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(EventCalendar.ZONE).toInstant();
    }

    private static CalendarEvent event(String uid, Instant start, String joinUrl) {
        return new CalendarEvent(uid, start, start.plusSeconds(5400), "Haies et bocage", "Résumé ; avec, virgules",
                PAGE, joinUrl, 2);
    }

    private static Calendar parse(String text) throws Exception {
        return StrictCalendar.parse(text);
    }

    private static Instant startOf(VEvent event) {
        Temporal start = event.getDateTimeStart().orElseThrow().getDate();
        return ZonedDateTime.from(start).toInstant();
    }

    @Test
    void timesSurviveTheChangesOfDaylightSavingTime() throws Exception {
        Calendar calendar = parse(EventCalendar.write(List.of(
                event("a@bocage", paris("2026-03-29T10:00"), null),
                event("b@bocage", paris("2026-10-25T10:00"), null)), SITE));

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(Instant.parse("2026-03-29T08:00:00Z"), startOf(events.get(0)));
        assertEquals(Instant.parse("2026-10-25T09:00:00Z"), startOf(events.get(1)));
        assertEquals("Europe/Paris", events.get(0).getDateTimeStart().orElseThrow()
                .getRequiredParameter("TZID").getValue());
        assertEquals(Instant.parse("2026-03-29T09:30:00Z"),
                ZonedDateTime.from(events.get(0).getDateTimeEnd().orElseThrow().getDate()).toInstant());
        assertEquals(1, calendar.getComponents(Component.VTIMEZONE).size());
        assertEquals("Europe/Paris", calendar.getComponents(Component.VTIMEZONE).get(0)
                .getRequiredProperty(Property.TZID).getValue());
    }

    /**
     * Issue 20: a session in Saint-Laurent-du-Maroni at 8 h 30, Guyane time, is 11:30 UTC in every calendar: written
     * in UTC, as ical4j reads its own VTIMEZONE of America/Cayenne an hour off (its offset of before 1967).
     */
    @Test
    void anOverseasSessionIsWrittenInUtcBesideParisTime() throws Exception {
        ZoneId cayenne = ZoneId.of("America/Cayenne");
        Instant start = LocalDateTime.parse("2027-06-02T08:30").atZone(cayenne).toInstant();
        String text = EventCalendar.write(List.of(
                new CalendarEvent("guyane@bocage", start, start.plusSeconds(8 * 3600), "Sols", null, PAGE,
                        "Saint-Laurent-du-Maroni", 0, cayenne),
                event("paris@bocage", paris("2027-06-02T10:00"), null)), SITE);
        Calendar calendar = parse(text);

        VEvent overseas = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
        assertEquals(Instant.parse("2027-06-02T11:30:00Z"), startOf(overseas));
        assertEquals("20270602T113000Z", overseas.getDateTimeStart().orElseThrow().getValue());
        assertTrue(text.contains("DTSTART:20270602T113000Z\r\n"), text);
        assertEquals(Instant.parse("2027-06-02T08:00:00Z"),
                startOf(calendar.<VEvent>getComponents(Component.VEVENT).get(1)));
        assertEquals(List.of("Europe/Paris"), calendar.getComponents(Component.VTIMEZONE).stream()
                .map(z -> z.getRequiredProperty(Property.TZID).getValue()).toList(), "Paris's VTIMEZONE only");
        String cancel = EventCalendar.writeCancel(new CalendarEvent("guyane@bocage", start, start.plusSeconds(3600),
                "Sols", null, PAGE, null, 0, cayenne), SITE, "a@b.example");
        assertEquals(Instant.parse("2027-06-02T11:30:00Z"),
                startOf(parse(cancel).<VEvent>getComponents(Component.VEVENT).get(0)));
    }

    @Test
    void anEventCarriesItsTextsAndOnlyTheJoiningLinkItWasGiven() throws Exception {
        String text = EventCalendar.write(List.of(event("a@bocage", paris("2026-06-02T14:00"), "https://visio.example/x"),
                event("b@bocage", paris("2026-06-03T14:00"), null)), SITE);
        Calendar calendar = parse(text);

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        VEvent invited = events.get(0);
        assertEquals("a@bocage", invited.getUid().orElseThrow().getValue());
        assertEquals("Haies et bocage", invited.getSummary().orElseThrow().getValue());
        assertEquals("Résumé ; avec, virgules", invited.getDescription().orElseThrow().getValue());
        assertEquals(PAGE.toString(), invited.getUrl().orElseThrow().getValue());
        assertEquals("https://visio.example/x", invited.getLocation().orElseThrow().getValue());
        assertEquals("2", invited.getRequiredProperty(Property.SEQUENCE).getValue(), "a rescheduled event replaces the old one");
        assertTrue(events.get(1).getProperty(Property.LOCATION).isEmpty());
        assertFalse(text.contains("\n") && !text.contains("\r\n"), "lines end with CRLF");
    }

    @Test
    void aCancellationIsAStrictlyValidItipCancelOfTheSameEntry() throws Exception {
        String text = EventCalendar.writeCancel(event("a@bocage", paris("2026-06-02T14:00"), "https://visio.example/x"),
                SITE, "erwan@lannion.example");
        Calendar calendar = parse(text);

        assertEquals("CANCEL", calendar.getRequiredProperty(Property.METHOD).getValue());
        VEvent cancelled = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
        assertEquals("a@bocage", cancelled.getUid().orElseThrow().getValue(), "the invitation's entry");
        assertEquals("3", cancelled.getRequiredProperty(Property.SEQUENCE).getValue(), "the invitation's SEQUENCE + 1");
        assertEquals("CANCELLED", cancelled.getRequiredProperty(Property.STATUS).getValue());
        assertEquals("mailto:ne-pas-repondre@bocage.example", cancelled.getRequiredProperty(Property.ORGANIZER).getValue());
        assertEquals("mailto:erwan@lannion.example", cancelled.getRequiredProperty(Property.ATTENDEE).getValue());
        assertTrue(cancelled.getProperty(Property.LOCATION).isEmpty(), "no joining link in a cancellation");
    }

    @Test
    void strictValidationRefusesAnEventWithoutOrganizer() {
        String text = EventCalendar.writeCancel(event("a@bocage", paris("2026-06-02T14:00"), null),
                new EventCalendar.Address("x@bocage.example", null), "y@bocage.example")
                .replaceAll("ORGANIZER[^\\r]*\r\n", "");
        assertFalse(text.contains("ORGANIZER"));
        assertThrows(Throwable.class, () -> parse(text));
    }
}

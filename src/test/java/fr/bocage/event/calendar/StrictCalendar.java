package fr.bocage.event.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Reads an iCalendar text as a strict client would: ical4j's validation, then RFC 5545's « MUST NOT occur more
 * than once » properties counted, which ical4j's validation lets pass (a doubled DTSTAMP went unnoticed).
 */
public final class StrictCalendar {
    private static final List<String> AT_MOST_ONCE_PER_EVENT = List.of(Property.DTSTAMP, Property.UID,
            Property.DTSTART, Property.DTEND, Property.DURATION, Property.CLASS, Property.CREATED, Property.DESCRIPTION,
            Property.GEO, Property.LAST_MODIFIED, Property.LOCATION, Property.ORGANIZER, Property.PRIORITY,
            Property.SEQUENCE, Property.STATUS, Property.SUMMARY, Property.TRANSP, Property.URL,
            Property.RECURRENCE_ID);
    private static final List<String> EXACTLY_ONCE_PER_EVENT = List.of(Property.DTSTAMP, Property.UID,
            Property.DTSTART);

    private StrictCalendar() {
    }

    public static Calendar parse(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        ValidationResult validation = calendar.validate();
        assertFalse(validation.hasErrors(), () -> "invalid calendar: " + validation.getEntries());
        for (String name : List.of(Property.PRODID, Property.VERSION, Property.METHOD, Property.CALSCALE)) {
            assertTrue(calendar.getProperties(name).size() <= 1, name + " more than once in the calendar");
        }
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            for (String name : AT_MOST_ONCE_PER_EVENT) {
                int count = event.getProperties(name).size();
                assertTrue(count <= 1, name + " occurs " + count + " times in a VEVENT");
            }
            for (String name : EXACTLY_ONCE_PER_EVENT) {
                assertEquals(1, event.getProperties(name).size(), name + " in a VEVENT");
            }
        }
        return calendar;
    }
}

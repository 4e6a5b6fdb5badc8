package fr.bocage.event.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One webinar or course session as a calendar entry. {@code location} is where to go: a session's place, or a
 * webinar's joining link, which is null unless the reader may join (a confirmed registrant): published calendars
 * never carry it. {@code sequence} rises with every change of time (RFC 5545 SEQUENCE), so that calendars replace
 * the entry they hold. {@code zone} is where it takes place (a course session overseas): its times are written in it,
 * with its VTIMEZONE, so that calendars show the right instant to everyone.
 */
public record CalendarEvent(String uid, Instant start, Instant end, String summary, String description, URI page,
        String location, int sequence, ZoneId zone) {

    /** An event in Paris time, as webinars are. */
    public CalendarEvent(String uid, Instant start, Instant end, String summary, String description, URI page,
            String location, int sequence) {
        this(uid, start, end, summary, description, page, location, sequence, EventCalendar.ZONE);
    }
}

package fr.bocage.event.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Webinars and course sessions as iCalendar (RFC 5545), written by ical4j. Paris times are given in Europe/Paris
 * with its VTIMEZONE, so that calendars show the hour French participants expect, daylight saving included; an
 * overseas session's in UTC, which every calendar shows at the right instant in its reader's zone.
 */
public final class EventCalendar {
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final String PRODUCT = "-//Bocage//Se former//FR";

    private EventCalendar() {
    }

    /** @param organizer the site's sending address, which iTIP requires as every event's ORGANIZER */
    public static String write(List<CalendarEvent> events, Address organizer) {
        return writeEvents(new Method(Method.VALUE_PUBLISH), events.stream().map(e -> event(e, organizer)).toList(),
                zones(events));
    }

    /**
     * The entry struck out of a registrant's calendar, because they left or the event was called off: an iTIP
     * CANCEL (RFC 5546) from the organiser to that attendee, with the invitation's UID and a higher SEQUENCE, so
     * that calendars remove the entry they hold; STATUS:CANCELLED for those that ignore the method.
     *
     * @param organizer as for {@link #write}
     */
    public static String writeCancel(CalendarEvent e, Address organizer, String attendee) {
        VEvent cancelled = event(new CalendarEvent(e.uid(), e.start(), e.end(), e.summary(), e.description(), e.page(),
                null, e.sequence() + 1, e.zone()), organizer);
        cancelled.add(ImmutableStatus.VEVENT_CANCELLED);
        cancelled.add(new Attendee(URI.create("mailto:" + attendee)));
        return writeEvents(new Method(Method.VALUE_CANCEL), List.of(cancelled), zones(List.of(e)));
    }

    /** Who sends: an e-mail address and, if any, the name it goes by. */
    public record Address(String email, String name) {
    }

    /** The zones the events are written in that need their VTIMEZONE: Paris, unless no event is in it. */
    private static List<ZoneId> zones(List<CalendarEvent> events) {
        return events.isEmpty() || events.stream().anyMatch(e -> ZONE.equals(e.zone())) ? List.of(ZONE) : List.of();
    }

    private static String writeEvents(Method method, Collection<VEvent> events, List<ZoneId> zones) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        zones.forEach(zone -> calendar.add(timeZone(zone)));
        events.forEach(calendar::add);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VTimeZone timeZone(ZoneId zone) {
        return TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId()).getVTimeZone();
    }

    private static VEvent event(CalendarEvent e, Address organizer) {
        // Paris times with their VTIMEZONE (French readers see the hour they expect); other zones in UTC: ical4j
        // 4.0's VTIMEZONE of a zone whose offset changed without daylight saving (America/Cayenne: -4 until 1967,
        // then -3) is read back at its first offset, an hour off, by ical4j itself and possibly by others.
        VEvent event = EventCalendar.ZONE.equals(e.zone())
                ? new VEvent(e.start().atZone(ZONE), e.end().atZone(ZONE), e.summary())
                : new VEvent(e.start(), e.end(), e.summary());
        Organizer from = new Organizer(URI.create("mailto:" + organizer.email()));
        if (organizer.name() != null) {
            from.add(new Cn(organizer.name()));
        }
        event.add(from);
        // ical4j's VEvent already carries the DTSTAMP RFC 5545 allows once: adding another made strict clients refuse it.
        event.add(new Uid(e.uid()));
        event.add(new Sequence(e.sequence()));
        if (e.description() != null) {
            event.add(new Description(e.description()));
        }
        event.add(new Url(e.page()));
        if (e.location() != null) {
            // Calendar applications show LOCATION beside the time, where a place or a joining link is looked for.
            event.add(new Location(e.location()));
        }
        return event;
    }

    /** The iCalendar UID of a webinar: stable, so that a new invitation updates the entry instead of adding one. */
    public static String uid(long webinarId, URI publicUrl) {
        return uid("webinaire-" + webinarId, publicUrl);
    }

    /** A stable iCalendar UID for {@code local} (« formation-12-session-2 ») on this site. */
    public static String uid(String local, URI publicUrl) {
        return local + "@" + publicUrl.getHost();
    }
}

package fr.bocage.network.event;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.event.calendar.CalendarOrganizer;
import fr.bocage.event.calendar.EventCalendar;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The published calendars: one event's .ics and the feed of those to come, never with a joining link. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventCalendarFiles {

    @Inject
    EventRepository events;

    @Inject
    ResourceRepository resources;

    @Inject
    EventAgenda agenda;

    @Inject
    EventCalendars calendars;

    @Inject
    CalendarOrganizer organizer;

    /** A published event's entry: 404 for anything else, whoever asks (a calendar is fetched without a session). */
    public String calendarOf(long id) {
        NetworkEvent event = events.existing(id);
        Resource resource = resources.visibleTo(id, Caller.ANONYMOUS);
        return EventCalendar.write(List.of(calendars.of(resource, event, false)), organizer.address());
    }

    public String feed() {
        return EventCalendar.write(agenda.publishedUpcoming().stream()
                .map(d -> calendars.of(d.resource(), d.event(), false)).toList(), organizer.address());
    }
}

package fr.bocage.network.event;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.event.calendar.CalendarOrganizer;
import fr.bocage.event.calendar.EventCalendar;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.NotFound;
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

    /**
     * A published event's entry: 404 for anything else, whoever asks (410 once withdrawn). A public one for anybody
     * (a calendar is fetched without a session); a members-only one for its circle only, signed in.
     */
    public String calendarOf(long id, Caller caller) {
        NetworkEvent event = events.existing(id);
        Resource resource = resources.visibleTo(id, caller);
        if (!resource.isPublished()) {
            // Its author sees a draft, but a calendar holds published events only: told what a visitor is.
            resources.visibleTo(id, Caller.ANONYMOUS);
            throw new NotFound(Messages.format("event.not-found", id));
        }
        return EventCalendar.write(List.of(calendars.of(resource, event, false)), organizer.address());
    }

    public String feed() {
        return EventCalendar.write(agenda.publishedUpcoming().stream()
                .map(d -> calendars.of(d.resource(), d.event(), false)).toList(), organizer.address());
    }
}

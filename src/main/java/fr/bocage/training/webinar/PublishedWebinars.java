package fr.bocage.training.webinar;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.security.Caller;
import fr.bocage.event.calendar.CalendarEvent;
import fr.bocage.event.calendar.CalendarOrganizer;
import fr.bocage.event.calendar.EventCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The calendars anybody may subscribe to: published webinars only, never a joining link. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedWebinars {

    @Inject
    WebinarRepository webinars;

    @Inject
    ResourceRepository resources;

    @Inject
    WebinarEvents events;

    @Inject
    CalendarOrganizer organizer;

    /** The upcoming published webinars, of the theme {@code themeCode} if given, soonest first. */
    public String upcomingCalendar(Optional<String> themeCode) {
        List<CalendarEvent> upcoming = webinars.upcoming(Instant.now()).stream()
                .flatMap(w -> resources.find(w.getId()).filter(Resource::isPublished)
                        .filter(r -> themeCode.map(r.description().themes()::contains).orElse(true))
                        .map(r -> events.of(r, w)).stream())
                .toList();
        return EventCalendar.write(upcoming, organizer.address());
    }

    /** One webinar, as the public sees it: 404 unless published (410 once withdrawn). */
    public String calendarOf(long id) {
        Webinar webinar = webinars.existing(id);
        Resource resource = resources.visibleTo(id, Caller.ANONYMOUS);
        return EventCalendar.write(List.of(events.of(resource, webinar)), organizer.address());
    }
}

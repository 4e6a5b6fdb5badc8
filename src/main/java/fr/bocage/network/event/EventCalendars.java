package fr.bocage.network.event;

import fr.bocage.catalog.Resource;
import fr.bocage.event.calendar.CalendarEvent;
import fr.bocage.event.calendar.EventCalendar;
import fr.bocage.platform.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * An event as a calendar entry, in its own zone: EventCalendar writes Paris with its VTIMEZONE and the other zones
 * in UTC (a meeting in La Réunion at 09:00 is DTSTART 05:00Z), which every calendar shows at the right instant.
 */
@ApplicationScoped
public class EventCalendars {

    @Inject
    PublicUrl publicUrl;

    /**
     * @param confirmed whether the reader holds a place: only then does the location carry the joining link; the
     *                  published calendars give the place alone
     */
    public CalendarEvent of(Resource resource, NetworkEvent event, boolean confirmed) {
        URI page = URI.create(publicUrl.of(AgendaRoutes.event(resource.getId())));
        String where = event.getFormat().hasPlace() ? event.where() : null;
        String link = confirmed && event.getFormat().hasLink() ? event.getJoinUrl() : null;
        String location = where == null ? link : link == null ? where : where + " — " + link;
        return new CalendarEvent(EventCalendar.uid("rendez-vous-" + resource.getId(), page), event.getStartsAt(),
                event.getEndsAt(), resource.getTitle(), resource.description().summary(), page, location,
                event.getSequence(), event.getZone().zone());
    }
}

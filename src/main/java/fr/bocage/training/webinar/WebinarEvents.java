package fr.bocage.training.webinar;

import fr.bocage.catalog.Resource;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.web.Routes;
import fr.bocage.event.calendar.CalendarEvent;
import fr.bocage.event.calendar.EventCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/** A webinar as a calendar entry, linking to its page on the site. */
@ApplicationScoped
public class WebinarEvents {

    @Inject
    PublicUrl publicUrl;

    /** For the public: no joining link. */
    public CalendarEvent of(Resource resource, Webinar webinar) {
        return event(resource, webinar, null);
    }

    /** For a confirmed registrant: with the joining link, if the trainer has given it. */
    CalendarEvent withJoinUrl(Resource resource, Webinar webinar) {
        return event(resource, webinar, webinar.getJoinUrl());
    }

    private CalendarEvent event(Resource resource, Webinar webinar, String joinUrl) {
        URI page = URI.create(publicUrl.of(Routes.webinar(resource.getId())));
        return new CalendarEvent(EventCalendar.uid(resource.getId(), page), webinar.getStartsAt(),
                webinar.getEndsAt(), resource.getTitle(), resource.description().summary(), page, joinUrl,
                webinar.getSequence());
    }
}

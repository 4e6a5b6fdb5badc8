package fr.bocage.training.registrants;

import fr.bocage.event.registration.RegisteredEvent;

/**
 * An event other than a webinar (a course session) at the head of a registrant's pages: its title, page and when
 * it is, in its own time zone, named. Webinars keep their card.
 */
public record EventHeading(String title, String url, String when) {
    static EventHeading of(RegisteredEvent event) {
        return new EventHeading(event.title(), event.page(), event.heading());
    }
}

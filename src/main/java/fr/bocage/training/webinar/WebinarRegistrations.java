package fr.bocage.training.webinar;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.Messages;
import fr.bocage.platform.web.Routes;
import fr.bocage.portal.UiText;
import fr.bocage.event.calendar.CalendarEvent;
import fr.bocage.event.calendar.EventCalendar;
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.RegisteredEvent;
import fr.bocage.event.registration.RegisteredEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Webinars as the registration engine sees them: a webinar is itself the event ({@link EventKey#WHOLE}). */
@ApplicationScoped
public class WebinarRegistrations implements RegisteredEvents {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH:mm",
            Locale.FRENCH).withZone(EventCalendar.ZONE);

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Inject
    ResourceRepository resources;

    @Inject
    WebinarEvents events;

    @Override
    public Optional<RegisteredEvent> find(EventKey key, boolean lock) {
        if (key.session() != EventKey.WHOLE) {
            return Optional.empty();
        }
        Webinar webinar = lock ? em.find(Webinar.class, key.resource(), LockModeType.PESSIMISTIC_WRITE)
                : em.find(Webinar.class, key.resource());
        return Optional.ofNullable(webinar).map(w -> of(resources.existing(w.getId()), w));
    }

    /** The event of a webinar already read (and locked by the caller when it is to change). */
    RegisteredEvent of(Resource resource, Webinar webinar) {
        return new Registered(resource, webinar, events);
    }

    /** The webinar read at each call: a trainer's change within the transaction is seen. */
    private record Registered(Resource resource, Webinar webinar, WebinarEvents events) implements RegisteredEvent {
        @Override
        public EventKey key() {
            return EventKey.of(webinar.getId());
        }

        @Override
        public String title() {
            return resource.getTitle();
        }

        @Override
        public Instant startsAt() {
            return webinar.getStartsAt();
        }

        @Override
        public Instant endsAt() {
            return webinar.getEndsAt();
        }

        @Override
        public int capacity() {
            return webinar.getCapacity();
        }

        @Override
        public String page() {
            return Routes.webinar(webinar.getId());
        }

        @Override
        public String when() {
            return Messages.format("webinar.mail.when", WHEN.format(webinar.getStartsAt()),
                    webinar.getDurationMinutes());
        }

        @Override
        public String heading() {
            return UiText.weekdayAndTime(webinar.getStartsAt());
        }

        @Override
        public String access() {
            return webinar.getJoinUrl();
        }

        @Override
        public CalendarEvent calendar(boolean confirmed) {
            return confirmed ? events.withJoinUrl(resource, webinar) : events.of(resource, webinar);
        }

        @Override
        public String messages() {
            return "webinar";
        }
    }
}

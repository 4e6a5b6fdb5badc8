package fr.bocage.network.event;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.event.calendar.CalendarEvent;
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.RegisteredEvent;
import fr.bocage.event.registration.RegisteredEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * The network's events as the shared registration engine sees them: an event is itself what one registers to
 * ({@link EventKey#WHOLE}), as a webinar is. Confirmation and cancellation go through the engine's own pages.
 */
@ApplicationScoped
public class EventRegistrations implements RegisteredEvents {

    @Inject
    EventRepository events;

    @Inject
    ResourceRepository resources;

    @Inject
    EventCalendars calendars;

    @Override
    public Optional<RegisteredEvent> find(EventKey key, boolean lock) {
        if (key.session() != EventKey.WHOLE) {
            return Optional.empty();
        }
        return (lock ? events.locked(key.resource()) : events.find(key.resource()))
                .map(e -> of(resources.existing(e.getId()), e));
    }

    /** The registered event of an event already read (and locked by the caller when it is to change). */
    RegisteredEvent of(Resource resource, NetworkEvent event) {
        return new Registered(resource, event, calendars);
    }

    /** The event read at each call: a change within the transaction is seen. */
    private record Registered(Resource resource, NetworkEvent event, EventCalendars calendars)
            implements RegisteredEvent {
        @Override
        public EventKey key() {
            return EventKey.of(event.getId());
        }

        @Override
        public String title() {
            return resource.getTitle();
        }

        @Override
        public Instant startsAt() {
            return event.getStartsAt();
        }

        @Override
        public Instant endsAt() {
            return event.getEndsAt();
        }

        @Override
        public int capacity() {
            return event.getCapacity();
        }

        @Override
        public String page() {
            return AgendaRoutes.event(event.getId());
        }

        @Override
        public String when() {
            return EventTimes.when(event);
        }

        @Override
        public String heading() {
            return EventTimes.when(event);
        }

        /** The place for those who come, and the joining link for those who follow from afar. */
        @Override
        public String access() {
            String where = event.getFormat().hasPlace() ? event.where() : null;
            String link = event.getFormat().hasLink() ? event.getJoinUrl() : null;
            if (where == null || link == null) {
                return where == null ? link : where;
            }
            return where + " — " + link;
        }

        @Override
        public CalendarEvent calendar(boolean confirmed) {
            return calendars.of(resource, event, confirmed);
        }

        @Override
        public String messages() {
            return "event";
        }
    }
}

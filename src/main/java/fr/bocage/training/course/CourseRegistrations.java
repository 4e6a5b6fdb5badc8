package fr.bocage.training.course;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.web.Routes;
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
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * Course sessions as the registration engine sees them: the course's resource and the session's key. The course's
 * row is the one locked, so that registrations to its sessions and changes of them queue up alike.
 */
@ApplicationScoped
public class CourseRegistrations implements RegisteredEvents {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Inject
    ResourceRepository resources;

    @Inject
    PublicUrl publicUrl;

    @Override
    public Optional<RegisteredEvent> find(EventKey key, boolean lock) {
        if (key.session() == EventKey.WHOLE) {
            return Optional.empty();
        }
        Course course = lock ? em.find(Course.class, key.resource(), LockModeType.PESSIMISTIC_WRITE)
                : em.find(Course.class, key.resource());
        return Optional.ofNullable(course).flatMap(c -> c.sessionByKey(key.session()))
                .map(s -> of(resources.existing(course.getId()), course, s));
    }

    RegisteredEvent of(Resource resource, Course course, CourseSession session) {
        return new Session(resource, course.getId(), session, publicUrl);
    }

    /** The iCalendar UID of a session: by its key, so that an invitation and the page's .ics are one entry. */
    static String uid(long course, CourseSession session, URI page) {
        return EventCalendar.uid("formation-" + course + "-session-" + session.getKey(), page);
    }

    private record Session(Resource resource, long course, CourseSession session, PublicUrl publicUrl)
            implements RegisteredEvent {
        @Override
        public EventKey key() {
            return new EventKey(course, session.getKey());
        }

        @Override
        public String title() {
            return resource.getTitle();
        }

        @Override
        public Instant startsAt() {
            return session.getStartsAt();
        }

        @Override
        public Instant endsAt() {
            return session.getEndsAt();
        }

        @Override
        public int capacity() {
            return session.getCapacity();
        }

        @Override
        public String page() {
            return Routes.course(course);
        }

        @Override
        public String when() {
            return SessionRow.when(session);
        }

        @Override
        public String heading() {
            return SessionRow.when(session);
        }

        @Override
        public String access() {
            return session.getPlace();
        }

        @Override
        public CalendarEvent calendar(boolean confirmed) {
            URI page = URI.create(publicUrl.of(page()));
            return new CalendarEvent(uid(course, session, page), session.getStartsAt(), session.getEndsAt(),
                    resource.getTitle(), resource.description().summary(), page, session.getPlace(),
                    session.getSequence(),
                    session.getZone().zone());
        }

        @Override
        public String messages() {
            return "course-session";
        }
    }
}

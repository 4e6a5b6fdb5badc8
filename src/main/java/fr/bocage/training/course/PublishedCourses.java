package fr.bocage.training.course;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.Messages;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.web.Routes;
import fr.bocage.event.calendar.CalendarEvent;
import fr.bocage.event.calendar.CalendarOrganizer;
import fr.bocage.event.calendar.EventCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;

/** A course session as a calendar entry anybody may add: published courses only. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedCourses {
    /** Where a course's page is; its sessions' calendar entries link to it. */

    @Inject
    CourseRepository courses;

    @Inject
    ResourceRepository resources;

    @Inject
    PublicUrl publicUrl;

    @Inject
    CalendarOrganizer organizer;

    /** Session {@code number} (from 1, soonest first) of course {@code id}: 404 unless both exist and it is published. */
    public String sessionCalendar(long id, int number) {
        Course course = courses.existing(id);
        Resource resource = resources.visibleTo(id, Caller.ANONYMOUS);
        CourseSession session = course.session(number)
                .orElseThrow(() -> new NotFound(Messages.format("course.session.not-found", id, number)));
        URI page = URI.create(publicUrl.of(Routes.course(id)));
        return EventCalendar.write(List.of(new CalendarEvent(
                CourseRegistrations.uid(id, session, page), session.getStartsAt(),
                session.getEndsAt(), resource.getTitle(), resource.description().summary(), page, session.getPlace(),
                session.getSequence(),
                session.getZone().zone())), organizer.address());
    }
}

package fr.bocage.training;

import fr.bocage.catalog.Caller;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.ApiException;
import fr.bocage.platform.Messages;
import fr.bocage.platform.PublicUrl;
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
    public static final String PAGE = "/formations/";

    @Inject
    Courses courses;

    @Inject
    ResourceRepository resources;

    @Inject
    PublicUrl publicUrl;

    /** Session {@code number} (from 1, soonest first) of course {@code id}: 404 unless both exist and it is published. */
    public String sessionCalendar(long id, int number) {
        Course course = courses.existing(id);
        Resource resource = resources.visibleTo(id, Caller.ANONYMOUS);
        CourseSession session = course.session(number)
                .orElseThrow(() -> ApiException.notFound(Messages.format("course.session.not-found", id, number)));
        URI page = URI.create(publicUrl.of(PAGE + id));
        return WebinarCalendar.write(List.of(new CalendarEvent(
                WebinarCalendar.uid("formation-" + id + "-session-" + number, page), session.getStartsAt(),
                session.getEndsAt(), resource.getTitle(), resource.description().summary(), page, session.getPlace(), 0)));
    }
}

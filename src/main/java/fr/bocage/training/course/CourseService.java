package fr.bocage.training.course;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceAccess;
import fr.bocage.catalog.ResourceService;
import fr.bocage.event.registration.RegistrationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Creating and changing courses: the resource and its course change in one transaction. */
@ApplicationScoped
@Transactional
public class CourseService {

    @Inject
    ResourceService resources;

    @Inject
    CourseRepository courses;

    @Inject
    RegistrationService registrations;

    @Inject
    CourseRegistrations events;

    public DescribedCourse create(CourseInput input, String trainer) {
        CourseDetails details = input.details();
        Resource resource = resources.createTyped(input.metadata(), CourseRepository.TYPE, trainer,
                ResourceAccess.statusOfNewTraining(), r -> {
                    Course course = new Course(r.getId());
                    course.describe(details);
                    courses.persist(course);
                });
        return new DescribedCourse(resource, courses.existing(resource.getId()));
    }

    /**
     * The course first, so that the resource's new index entry holds its new objectives and facets; then the
     * registrants of a session that is no more are told it is called off, those of a session whose time changed
     * get the new time, and people waiting get the places a larger capacity adds. The course's row is locked, as
     * registrations to its sessions lock it.
     */
    public DescribedCourse update(long id, CourseInput input, String actor) {
        CourseDetails details = input.details();
        Course course = courses.locked(id);
        Map<Integer, CourseSession> before = course.getSessions().stream()
                .collect(Collectors.toMap(CourseSession::getKey, s -> s));
        List<CourseSession> gone = course.describe(details);
        Resource resource = resources.describeTyped(id, input.metadata(), CourseRepository.TYPE, actor);
        gone.forEach(s -> registrations.calledOff(events.of(resource, course, s)));
        for (CourseSession s : course.getSessions()) {
            CourseSession former = before.get(s.getKey());
            boolean timeChanged = former != null && (!former.getStartsAt().equals(s.getStartsAt())
                    || !former.getEndsAt().equals(s.getEndsAt()));
            registrations.rescheduled(events.of(resource, course, s), timeChanged);
        }
        return new DescribedCourse(resource, course);
    }
}

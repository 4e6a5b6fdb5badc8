package fr.bocage.training.course;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDeleted;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.event.registration.RegistrationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Deleting a course's resource deletes its course, sessions and their registrations, in the same transaction;
 * the registrants of a session not yet over are told it is called off.
 */
@ApplicationScoped
public class CourseDeletion {

    @Inject
    CourseRepository courses;

    @Inject
    ResourceRepository resources;

    @Inject
    RegistrationService registrations;

    @Inject
    CourseRegistrations events;

    void onDelete(@Observes ResourceDeleted deleted) {
        courses.find(deleted.id()).ifPresent(course -> {
            Resource resource = resources.existing(course.getId());
            course.getSessions().forEach(s -> registrations.calledOff(events.of(resource, course, s)));
            courses.remove(course);
        });
    }
}

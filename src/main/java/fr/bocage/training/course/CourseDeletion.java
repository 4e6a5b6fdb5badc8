package fr.bocage.training.course;

import fr.bocage.catalog.ResourceDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Deleting a course's resource deletes its course and sessions, in the same transaction. */
@ApplicationScoped
public class CourseDeletion {

    @Inject
    CourseRepository courses;

    void onDelete(@Observes ResourceDeleted deleted) {
        courses.find(deleted.id()).ifPresent(courses::remove);
    }
}

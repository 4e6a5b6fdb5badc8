package fr.bocage.training.course;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceAccess;
import fr.bocage.catalog.ResourceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Creating and changing courses: the resource and its course change in one transaction. */
@ApplicationScoped
@Transactional
public class CourseService {

    @Inject
    ResourceService resources;

    @Inject
    CourseRepository courses;

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

    /** The course first, so that the resource's new index entry holds its new objectives and facets. */
    public DescribedCourse update(long id, CourseInput input, String actor) {
        CourseDetails details = input.details();
        Course course = courses.existing(id);
        course.describe(details);
        return new DescribedCourse(resources.describeTyped(id, input.metadata(), CourseRepository.TYPE, actor), course);
    }
}

package fr.bocage.training;

import fr.bocage.catalog.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Webinars and courses have pages of their own, richer than the resource page that search links to. A document
 * merely typed « Webinaire » or « Formation » (an uploaded programme) has no event or course: it keeps the resource
 * page.
 */
@ApplicationScoped
public class TrainingPages {

    @Inject
    Webinars webinars;

    @Inject
    Courses courses;

    public Optional<String> pageOf(Resource resource) {
        long id = resource.getId();
        if (webinars.find(id).isPresent()) {
            return Optional.of(WebinarPage.PATH + id);
        }
        return courses.find(id).map(c -> PublishedCourses.PAGE + id);
    }
}

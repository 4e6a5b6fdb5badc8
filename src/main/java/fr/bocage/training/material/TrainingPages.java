package fr.bocage.training.material;

import fr.bocage.catalog.Resource;
import fr.bocage.platform.web.Routes;
import fr.bocage.portal.DedicatedPages;
import fr.bocage.training.course.CourseRepository;
import fr.bocage.training.webinar.WebinarRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Webinars and courses have pages of their own, richer than the resource page that search links to. A document
 * merely typed « Webinaire » or « Formation » (an uploaded programme) has no event or course: it keeps the resource
 * page.
 */
@ApplicationScoped
public class TrainingPages implements DedicatedPages {

    @Inject
    WebinarRepository webinars;

    @Inject
    CourseRepository courses;

    @Override
    public Optional<String> pageOf(Resource resource) {
        long id = resource.getId();
        if (webinars.find(id).isPresent()) {
            return Optional.of(Routes.webinar(id));
        }
        return courses.find(id).map(c -> Routes.course(id));
    }
}

package fr.bocage.training.material;

import fr.bocage.catalog.Resource;
import fr.bocage.platform.web.Routes;
import fr.bocage.portal.DedicatedPages;
import fr.bocage.training.course.Course;
import fr.bocage.training.course.CourseRepository;
import fr.bocage.training.webinar.Webinar;
import fr.bocage.training.webinar.WebinarRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    @Override
    public Optional<String> pageOf(Resource resource) {
        long id = resource.getId();
        if (webinars.find(id).isPresent()) {
            return Optional.of(Routes.webinar(id));
        }
        return courses.find(id).map(c -> Routes.course(id));
    }

    @Override
    public Map<Long, String> pagesOf(Collection<Long> ids) {
        Map<Long, String> pages = new HashMap<>(DedicatedPages.pagesAmong(em, Webinar.class, ids, Routes::webinar));
        pages.putAll(DedicatedPages.pagesAmong(em, Course.class, ids, Routes::course));
        return pages;
    }
}

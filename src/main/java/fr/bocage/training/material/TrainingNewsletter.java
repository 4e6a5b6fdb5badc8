package fr.bocage.training.material;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.web.Routes;
import fr.bocage.portal.NewsletterSources;
import fr.bocage.training.course.CourseRepository;
import fr.bocage.training.webinar.WebinarRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The trainings the newsletter proposes: webinars and courses published since the last issue, with their pages. */
@ApplicationScoped
public class TrainingNewsletter implements NewsletterSources {

    @Inject
    ResourceRepository resources;

    @Inject
    WebinarRepository webinars;

    @Inject
    CourseRepository courses;

    @Override
    @Transactional
    public List<Published> since(Instant since, int limit) {
        return resources.publishedSince(since, Set.of(WebinarRepository.TYPE, CourseRepository.TYPE), limit).stream()
                .map(this::item).flatMap(Optional::stream).toList();
    }

    /** A resource merely typed « Webinaire » (an uploaded programme) is a document: the portal proposes it. */
    private Optional<Published> item(Resource resource) {
        long id = resource.getId();
        String kind;
        String path;
        if (webinars.find(id).isPresent()) {
            kind = WebinarRepository.TYPE;
            path = Routes.webinar(id);
        } else if (courses.find(id).isPresent()) {
            kind = CourseRepository.TYPE;
            path = Routes.course(id);
        } else {
            return Optional.empty();
        }
        return Optional.of(Published.of(resource, kind, path));
    }
}

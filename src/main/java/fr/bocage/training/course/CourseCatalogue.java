package fr.bocage.training.course;

import fr.bocage.catalog.ResourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** All courses in the order a catalogue lists them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseCatalogue {

    @Inject
    CourseRepository courses;

    @Inject
    ResourceRepository resources;

    /**
     * Those with a session to come first, the soonest first; then the others (self-paced, or no date yet) by title,
     * in French order. A catalogue holds a few dozen courses: sorting them here is simpler than a query over the
     * sessions.
     */
    List<DescribedCourse> soonestFirst(Instant now) {
        Collator french = Collator.getInstance(Locale.FRENCH);
        return courses.all().stream()
                .flatMap(c -> resources.find(c.getId()).map(r -> new DescribedCourse(r, c)).stream())
                .sorted(Comparator.comparing((DescribedCourse d) -> d.course().nextSession(now)
                                .map(CourseSession::getStartsAt).orElse(Instant.MAX))
                        .thenComparing(d -> d.resource().getTitle(), french))
                .toList();
    }
}

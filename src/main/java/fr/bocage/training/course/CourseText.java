package fr.bocage.training.course;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A course is found by the words of its description, objectives and prerequisites, its provider and the places of
 * its sessions.
 */
@ApplicationScoped
public class CourseText implements ResourceText {

    @Inject
    CourseRepository courses;

    @Override
    public Optional<String> of(Resource resource) {
        if (!CourseRepository.TYPE.equals(resource.description().type())) {
            return Optional.empty();
        }
        String course = courses.find(resource.getId()).map(Course::indexedText).orElse(null);
        return Optional.of(Stream.of(resource.description().summary(), course, resource.description().organisation())
                .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining("\n\n")));
    }
}

package fr.bocage.training.course;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceFacets;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.search.FacetDimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A course's level and modality as search facets: values of the index, labels of the pages, codes of filters. */
@ApplicationScoped
public class CourseFacets implements ResourceFacets {
    private static final String LEVEL = FacetDimension.LEVEL.parameter();
    private static final String MODALITY = FacetDimension.MODALITY.parameter();

    @Inject
    CourseRepository courses;

    @Override
    public Map<String, String> of(Resource resource) {
        if (!CourseRepository.TYPE.equals(resource.description().type())) {
            return Map.of();
        }
        return courses.find(resource.getId())
                .map(c -> Map.of(LEVEL, c.getLevel().code(), MODALITY, c.getFormat().code()))
                .orElse(Map.of());
    }

    @Override
    public Optional<String> label(String dimension, String code) {
        return choices(dimension).map(choices -> find(choices, code).map(Choice::label).orElse(code));
    }

    @Override
    public Optional<String> code(String dimension, String input) {
        return choices(dimension).map(choices -> find(choices, input.strip()).map(Choice::code).orElseThrow(
                () -> new InvalidInput(Messages.format("vocabulary.unknown", input, dimension,
                        String.join(", ", choices.stream().map(Choice::code).toList())))));
    }

    private static Optional<List<Choice>> choices(String dimension) {
        if (LEVEL.equals(dimension)) {
            return Optional.of(Arrays.stream(CourseLevel.values()).map(l -> new Choice(l.code(), l.label())).toList());
        }
        if (MODALITY.equals(dimension)) {
            return Optional.of(Arrays.stream(CourseFormat.values()).map(f -> new Choice(f.code(), f.label())).toList());
        }
        return Optional.empty();
    }

    /** By code, or by label whatever its case. */
    private static Optional<Choice> find(List<Choice> choices, String input) {
        return choices.stream().filter(c -> c.code().equals(input) || c.label().equalsIgnoreCase(input)).findFirst();
    }

    private record Choice(String code, String label) {
    }
}

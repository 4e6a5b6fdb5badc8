package fr.bocage.training.course;

import fr.bocage.catalog.FacetChoice;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceFacets;
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
        return choices(dimension).map(choices -> FacetChoice.label(choices, code));
    }

    @Override
    public Optional<String> code(String dimension, String input) {
        return choices(dimension).map(choices -> FacetChoice.code(choices, dimension, input));
    }

    private static Optional<List<FacetChoice>> choices(String dimension) {
        if (LEVEL.equals(dimension)) {
            return Optional.of(Arrays.stream(CourseLevel.values()).map(l -> new FacetChoice(l.code(), l.label())).toList());
        }
        if (MODALITY.equals(dimension)) {
            return Optional.of(Arrays.stream(CourseFormat.values()).map(f -> new FacetChoice(f.code(), f.label())).toList());
        }
        return Optional.empty();
    }
}

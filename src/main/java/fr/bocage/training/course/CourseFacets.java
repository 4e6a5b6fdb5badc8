package fr.bocage.training.course;

import fr.bocage.catalog.FacetChoices;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceFacets;
import fr.bocage.search.FacetDimension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
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
    public Optional<FacetChoices> choices(String dimension) {
        if (LEVEL.equals(dimension)) {
            return Optional.of(new FacetChoices(LEVEL, Arrays.stream(CourseLevel.values())
                    .map(l -> new FacetChoices.Choice(l.code(), l.label())).toList()));
        }
        if (MODALITY.equals(dimension)) {
            return Optional.of(new FacetChoices(MODALITY, Arrays.stream(CourseFormat.values())
                    .map(f -> new FacetChoices.Choice(f.code(), f.label())).toList()));
        }
        return Optional.empty();
    }
}

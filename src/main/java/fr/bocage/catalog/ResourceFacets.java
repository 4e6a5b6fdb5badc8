package fr.bocage.catalog;

import java.util.Map;
import java.util.Optional;

/**
 * Search facets that another feature keeps about resources of its own (a course's level and modality): each
 * implementation answers for its own dimensions and resources, and empty for the others.
 */
public interface ResourceFacets {

    /** The resource's values, by facet parameter; empty when it is not one of the feature's resources. */
    Map<String, String> of(Resource resource);

    /** The values of one of the feature's dimensions; empty for any other dimension. */
    Optional<FacetChoices> choices(String dimension);

    /** The label of a value of one of the feature's dimensions. */
    default Optional<String> label(String dimension, String code) {
        return choices(dimension).map(choices -> choices.label(code));
    }

    /**
     * The code of what a user typed, a code or a label, in one of the feature's dimensions.
     *
     * @throws fr.bocage.platform.error.InvalidInput 400 when the dimension is the feature's but the value none of its own
     */
    default Optional<String> code(String dimension, String input) {
        return choices(dimension).map(choices -> choices.code(input));
    }
}

package fr.bocage.catalog;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import java.util.List;
import java.util.Optional;

/**
 * A value of a facet that a feature keeps as an enum (a course's level, an action's scheme): what its
 * {@link ResourceFacets} answers with, shared so that every feature reads a user's input alike.
 */
public record FacetChoice(String code, String label) {

    /** The label of {@code code}, or the code itself when unknown (an index older than a renamed value). */
    public static String label(List<FacetChoice> choices, String code) {
        return find(choices, code).map(FacetChoice::label).orElse(code);
    }

    /**
     * The code of what a user typed, a code or a label whatever its case.
     *
     * @throws InvalidInput 400 when it is none of {@code choices}
     */
    public static String code(List<FacetChoice> choices, String dimension, String input) {
        return find(choices, input.strip()).map(FacetChoice::code).orElseThrow(
                () -> new InvalidInput(Messages.format("vocabulary.unknown", input, dimension,
                        String.join(", ", choices.stream().map(FacetChoice::code).toList()))));
    }

    private static Optional<FacetChoice> find(List<FacetChoice> choices, String input) {
        return choices.stream().filter(c -> c.code().equals(input) || c.label().equalsIgnoreCase(input)).findFirst();
    }
}

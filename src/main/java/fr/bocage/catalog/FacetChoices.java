package fr.bocage.catalog;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import java.util.List;
import java.util.Optional;

/**
 * The values of a facet a feature keeps as an enum (a course's level, an actor's kind): their codes and labels, as
 * {@link ResourceFacets#label} and {@link ResourceFacets#code} need them.
 */
public record FacetChoices(String dimension, List<Choice> choices) {

    /** One value: its code (index, filters, API) and its French label (pages). */
    public record Choice(String code, String label) {
    }

    public FacetChoices {
        choices = List.copyOf(choices);
    }

    /** The label of a code; the code itself when it is none of them (an older index's value). */
    public String label(String code) {
        return find(code).map(Choice::label).orElse(code);
    }

    /** The code of what a user typed, a code or a label whatever its case; a 400 listing the codes otherwise. */
    public String code(String input) {
        return find(input.strip()).map(Choice::code).orElseThrow(() -> new InvalidInput(Messages.format(
                "vocabulary.unknown", input, dimension, String.join(", ", choices.stream().map(Choice::code).toList()))));
    }

    private Optional<Choice> find(String input) {
        return choices.stream().filter(c -> c.code().equals(input) || c.label().equalsIgnoreCase(input)).findFirst();
    }
}

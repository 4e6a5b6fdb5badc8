package fr.bocage.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Bean Validation for portal forms: each field's message, to show beside the field and in the summary above the
 * form, keyed by the name the form gives the field.
 */
public final class FormErrors {
    /** Beans nested in an input that a form shows as its own fields (a webinar's description, a report's sections). */
    private static final Set<String> FLATTENED = Set.of("metadata", "report");

    private FormErrors() {
    }

    /** @return field name to message, in the order of {@code order}; empty when the form is valid */
    public static <T> Map<String, String> of(Validator validator, T form, List<String> order) {
        return of(validator.validate(form), UnaryOperator.identity(), order);
    }

    /**
     * @param naming turns a violation's path ({@link #path}) into the form's field name
     * @param order  the form's fields, or the start of their names ({@code speakerName} for each row), as the page
     *               lists them; a field it does not name comes last
     */
    public static Map<String, String> of(Set<? extends ConstraintViolation<?>> violations,
            UnaryOperator<String> naming, List<String> order) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.stream()
                .map(v -> Map.entry(naming.apply(path(v.getPropertyPath())), v.getMessage()))
                .sorted(Comparator.<Map.Entry<String, String>>comparingInt(e -> rank(e.getKey(), order))
                        .thenComparing(Map.Entry::getKey).thenComparing(Map.Entry::getValue))
                .forEach(e -> errors.putIfAbsent(e.getKey(), e.getValue()));
        return errors;
    }

    /** Fields named by a refusal (already the form's names, as {@code InvalidInput} gives them), in the page's order. */
    public static Map<String, String> ordered(Map<String, String> fields, UnaryOperator<String> naming,
            List<String> order) {
        Map<String, String> errors = new LinkedHashMap<>();
        fields.entrySet().stream().map(e -> Map.entry(naming.apply(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(e -> rank(e.getKey(), order)))
                .forEach(e -> errors.putIfAbsent(e.getKey(), e.getValue()));
        return errors;
    }

    /**
     * A violation's path as a form sees it: a nested description's field is the form's own ({@code metadata.title}
     * is {@code title}), a list's element is the list ({@code themes[2]} is {@code themes}), and the property of a
     * row keeps the row ({@code speakers[1].name}).
     */
    public static String path(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (field.isEmpty() && FLATTENED.contains(node.getName())) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.toString();
    }

    private static int rank(String field, List<String> order) {
        for (int i = 0; i < order.size(); i++) {
            if (field.equals(order.get(i)) || field.startsWith(order.get(i))) {
                return i;
            }
        }
        return order.size();
    }
}

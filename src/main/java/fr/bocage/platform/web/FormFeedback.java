package fr.bocage.platform.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a form page says above and beside its fields (layout/form-error.jspf, layout/field-error.jspf), shared by
 * the form pages' records.
 *
 * @param error a French message, shown as it is
 * @param errorKey a key of the portal's bundle, when there is no message
 * @param retryMinutes the minutes to wait, for a key that takes them
 * @param errors each field's message, by field name (the id of its control), in the page's order
 * @param link a page that the error speaks of (the resource already holding a file), or null
 */
public record FormFeedback(String error, String errorKey, Long retryMinutes, Map<String, String> errors,
        String link) {
    public static final FormFeedback NONE = new FormFeedback(null, null, null, Map.of());

    public FormFeedback {
        errors = errors == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public FormFeedback(String error, String errorKey, Long retryMinutes, Map<String, String> errors) {
        this(error, errorKey, retryMinutes, errors, null);
    }

    public static FormFeedback message(String error) {
        return new FormFeedback(error, null, null, Map.of());
    }

    public static FormFeedback key(String errorKey) {
        return new FormFeedback(null, errorKey, null, Map.of());
    }

    public static FormFeedback fields(Map<String, String> errors) {
        return new FormFeedback(null, null, null, errors);
    }

    /** The summary above the form: each field in error, to name it (its label's key) and link to it. */
    public List<FieldError> fieldErrors() {
        return errors.entrySet().stream().map(e -> FieldError.of(e.getKey(), e.getValue())).toList();
    }

    /**
     * One line of the summary.
     *
     * @param field the field's name, the id of its control
     * @param labelKey the key of its label in the portal's bundle: {@code form.field.} and its name without a row
     *                 number ({@code speakerName1} is {@code form.field.speakerName})
     * @param row the row of a repeated field, from 1, or null
     */
    public record FieldError(String field, String labelKey, Integer row, String message) {
        private static final Pattern ROW = Pattern.compile("(.*?)-?(\\d+)");

        static FieldError of(String field, String message) {
            Matcher numbered = ROW.matcher(field);
            return numbered.matches()
                    ? new FieldError(field, "form.field." + numbered.group(1), Integer.parseInt(numbered.group(2)) + 1,
                            message)
                    : new FieldError(field, "form.field." + field, null, message);
        }
    }
}

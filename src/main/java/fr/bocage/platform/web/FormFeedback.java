package fr.bocage.platform.web;

import java.util.Map;

/**
 * What a form page says above and beside its fields (layout/form-error.jspf), shared by the form pages' records.
 *
 * @param error a French message, shown as it is
 * @param errorKey a key of the portal's bundle, when there is no message
 * @param retryMinutes the minutes to wait, for a key that takes them
 * @param errors each field's message, by field name
 */
public record FormFeedback(String error, String errorKey, Long retryMinutes, Map<String, String> errors) {
    public static final FormFeedback NONE = new FormFeedback(null, null, null, Map.of());

    public FormFeedback {
        errors = errors == null ? Map.of() : Map.copyOf(errors);
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
}

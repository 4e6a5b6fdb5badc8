package fr.bocage.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.TreeMap;

/** Bean Validation for portal forms: each field's message, to show beside the field. */
public final class FormErrors {
    private FormErrors() {
    }

    /** @return field name to message, empty when the form is valid */
    public static <T> Map<String, String> of(Validator validator, T form) {
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<T> violation : validator.validate(form)) {
            String field = "";
            for (Path.Node node : violation.getPropertyPath()) {
                field = node.getName();
            }
            errors.putIfAbsent(field, violation.getMessage());
        }
        return errors;
    }
}

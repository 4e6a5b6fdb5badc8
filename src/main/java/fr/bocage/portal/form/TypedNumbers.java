package fr.bocage.portal.form;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import java.math.BigDecimal;
import java.util.Map;

/** Numbers as people type them in a form; one that is not a number is refused on its own field, saying what it was. */
public final class TypedNumbers {
    private TypedNumbers() {
    }

    /**
     * An amount in euros: « 350 », « 89,90 », « 240 000 € »; blank is none.
     *
     * @param invalid the message's key, with what was typed as {0}
     */
    public static BigDecimal euros(String typed, String field, String invalid) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.replaceAll("[\\s\u00a0\u202f€]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw refused(typed, field, invalid);
        }
    }

    /** A whole number such as a year; blank is none. */
    public static Integer whole(String typed, String field, String invalid) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw refused(typed, field, invalid);
        }
    }

    private static InvalidInput refused(String typed, String field, String invalid) {
        String message = Messages.format(invalid, typed);
        return new InvalidInput(InvalidInput.Reason.INVALID, message, Map.of(field, message));
    }
}

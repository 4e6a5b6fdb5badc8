package fr.bocage.platform.web;

import java.util.List;

/**
 * The page that asks for a confirmation without JavaScript ({@link Confirmation#ask}).
 *
 * @param question a key of the portal's bundle, with {@code subject} as its parameter
 * @param confirm  the key of the confirming button's label
 * @param action   the address the fields are posted to again
 * @param cancel   the address of « Annuler »
 * @param fields   the fields of the first post, posted again with the confirmation
 */
public record ConfirmationPage(String question, String subject, String confirm, String action, String cancel,
        List<Field> fields) {

    public record Field(String name, String value) {
    }

    public String answerField() {
        return Confirmation.FIELD;
    }

    public String yes() {
        return Confirmation.YES;
    }
}

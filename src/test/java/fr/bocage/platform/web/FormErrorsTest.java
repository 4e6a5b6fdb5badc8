package fr.bocage.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Violations become each field's message under the form's names, in the page's order. */
class FormErrorsTest {

    @Test
    void aViolationsPathIsTheFieldAFormShows() {
        assertEquals("title", FormErrors.path(Violations.path("metadata.title")));
        assertEquals("context", FormErrors.path(Violations.path("report.context")));
        assertEquals("themes", FormErrors.path(Violations.path("themes[0].<list element>")));
        assertEquals("keywords", FormErrors.path(Violations.path("metadata.keywords[3].<list element>")));
        assertEquals("speakers[1].name", FormErrors.path(Violations.path("speakers[1].name")));
        assertEquals("startsAt", FormErrors.path(Violations.path("startsAt")));
    }

    @Test
    void fieldsComeInThePagesOrderRowsByTheStartOfTheirName() {
        Map<String, String> errors = FormErrors.of(Set.of(
                Violations.of("recap", "trop long"),
                Violations.of("speakers[1].name", "le nom est obligatoire"),
                Violations.of("metadata.sourceUrl", "l'adresse doit commencer par http:// ou https://"),
                Violations.of("metadata.year", "l'année doit être comprise entre 1500 et 2100"),
                Violations.of("unknown", "à la fin")),
                path -> path.replaceFirst("^speakers\\[(\\d+)]\\.name$", "speakerName$1"),
                List.of("year", "sourceUrl", "speakerName", "recap"));
        assertEquals(List.of("year", "sourceUrl", "speakerName1", "recap", "unknown"), List.copyOf(errors.keySet()));
        assertEquals("le nom est obligatoire", errors.get("speakerName1"));
    }

    @Test
    void oneMessageAFieldTheFirstInOrderOfMessages() {
        Map<String, String> errors = FormErrors.of(Set.of(Violations.of("title", "b"), Violations.of("title", "a")),
                UnaryOperator.identity(), List.of("title"));
        assertEquals(Map.of("title", "a"), errors);
    }

    @Test
    void theSummaryNamesEachFieldByItsLabelKeyAndRow() {
        FormFeedback feedback = FormFeedback.fields(Map.of("speakerName1", "nom", "session-end-0", "fin"));
        assertEquals(Set.of(new FormFeedback.FieldError("speakerName1", "form.field.speakerName", 2, "nom"),
                new FormFeedback.FieldError("session-end-0", "form.field.session-end", 1, "fin")),
                Set.copyOf(feedback.fieldErrors()));
        assertEquals(List.of(new FormFeedback.FieldError("title", "form.field.title", null, "titre")),
                FormFeedback.fields(Map.of("title", "titre")).fieldErrors());
    }
}

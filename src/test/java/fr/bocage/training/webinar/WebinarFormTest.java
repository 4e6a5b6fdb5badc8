package fr.bocage.training.webinar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The webinar form names the validated properties as its own fields, so that each message sits beside its field. */
class WebinarFormTest {

    @Test
    void eachPropertyIsAFieldOfTheForm() {
        assertEquals("speakerName1", WebinarForm.FORM_FIELDS.name("speakers[1].name"));
        assertEquals("speakerOrganisation0", WebinarForm.FORM_FIELDS.name("speakers[0].organisation"));
        assertEquals("startsAt", WebinarForm.FORM_FIELDS.name("startsAt"));
        assertEquals("theme", WebinarForm.FORM_FIELDS.name("themes"), "the description's fields keep their names");
    }
}

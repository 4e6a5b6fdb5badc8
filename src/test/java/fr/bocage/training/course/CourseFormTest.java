package fr.bocage.training.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The course form names the validated properties as its own fields, a session's by its row. */
class CourseFormTest {

    @Test
    void eachPropertyIsAFieldOfTheForm() {
        assertEquals("session-start-0", CourseForm.FIELDS.name("sessions[0].startsAt"));
        assertEquals("session-end-2", CourseForm.FIELDS.name("sessions[2].endsAt"));
        assertEquals("session-capacity-1", CourseForm.FIELDS.name("sessions[1].capacity"));
        assertEquals("platformUrl", CourseForm.FIELDS.name("platformUrl"));
        assertEquals("audience", CourseForm.FIELDS.name("audiences"));
    }
}

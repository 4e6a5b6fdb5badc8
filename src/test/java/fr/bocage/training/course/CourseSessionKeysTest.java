package fr.bocage.training.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.bocage.event.calendar.SessionZone;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A course session keeps its key (and so its registrations) across its course's changes: given back, or by its
 * start; a new one gets the key after the highest in use; a session whose time changes raises its SEQUENCE.
 */
class CourseSessionKeysTest {
    private static final Instant JUNE = Instant.parse("2027-06-02T11:30:00Z");
    private static final Instant SEPTEMBER = Instant.parse("2027-09-02T11:30:00Z");

    private static CourseSession session(Instant start, int key) {
        return new CourseSession(start, start.plusSeconds(8 * 3600), "Cayenne", 10, SessionZone.GUYANE, key);
    }

    private static List<CourseSession> describe(Course course, CourseSession... sessions) {
        return course.describe(new CourseDetails(null, CourseLevel.INTRODUCTION, CourseFormat.IN_PERSON, null, null,
                null, null, List.of(sessions)));
    }

    @Test
    void sessionsKeepTheirKeysAcrossChanges() {
        Course course = new Course(7);
        describe(course, session(JUNE, 0), session(SEPTEMBER, 0));
        assertEquals(List.of(1, 2), course.getSessions().stream().map(CourseSession::getKey).toList());

        // June moved a day later, given back by its key; September found by its start; a new one in between.
        Instant moved = JUNE.plusSeconds(86400);
        List<CourseSession> gone = describe(course, session(moved, 1), session(Instant.parse("2027-07-01T11:30:00Z"),
                0), session(SEPTEMBER, 0));
        assertEquals(List.of(), gone);
        assertEquals(List.of(1, 3, 2), course.getSessions().stream().map(CourseSession::getKey).toList());
        assertEquals(1, course.sessionByKey(1).orElseThrow().getSequence(), "its time changed");
        assertEquals(0, course.sessionByKey(2).orElseThrow().getSequence());
        assertEquals(moved, course.sessionByKey(1).orElseThrow().getStartsAt());

        List<CourseSession> removed = describe(course, session(SEPTEMBER, 2));
        assertEquals(List.of(1, 3), removed.stream().map(CourseSession::getKey).toList(), "called off");
        describe(course, session(SEPTEMBER, 2), session(JUNE, 0));
        assertEquals(List.of(2, 3), course.getSessions().stream().map(CourseSession::getKey).toList(),
                "a new key after the highest in use (a removed session's registrations were erased with it)");
    }
}

package fr.bocage.training.course;

import fr.bocage.portal.UiText;
import fr.bocage.training.TrainingCalendar;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** A session as the course page lists it: when in Paris time, where, how many places, and its calendar entry. */
public final class SessionRow {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h'mm");

    private final long courseId;
    private final int number;
    private final CourseSession session;
    private final boolean past;

    SessionRow(long courseId, int number, CourseSession session, Instant now) {
        this.courseId = courseId;
        this.number = number;
        this.session = session;
        this.past = !session.getStartsAt().isAfter(now);
    }

    /** « 29 mars 2027 à 10h00 – 17h00 », the end's day said only when it differs. */
    static String when(CourseSession session) {
        var start = session.getStartsAt().atZone(TrainingCalendar.ZONE);
        var end = session.getEndsAt().atZone(TrainingCalendar.ZONE);
        String until = start.toLocalDate().equals(end.toLocalDate()) ? HOUR.format(end)
                : UiText.dayAndTime(session.getEndsAt());
        return UiText.format("course.session.when", UiText.dayAndTime(session.getStartsAt()), until);
    }

    static String dateAndPlace(CourseSession session) {
        String when = UiText.dayAndTime(session.getStartsAt());
        return session.getPlace() == null ? when : when + ", " + session.getPlace();
    }

    public int getNumber() {
        return number;
    }

    public String getWhen() {
        return when(session);
    }

    /** ISO start, for the time element. */
    public String getStartIso() {
        return session.getStartsAt().toString();
    }

    public String getPlace() {
        return session.getPlace();
    }

    public int getCapacity() {
        return session.getCapacity();
    }

    public boolean isPast() {
        return past;
    }

    public String getCalendarUrl() {
        return "/api/courses/" + courseId + "/sessions/" + number + "/ics";
    }
}

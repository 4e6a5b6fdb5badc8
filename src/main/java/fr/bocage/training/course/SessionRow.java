package fr.bocage.training.course;

import fr.bocage.platform.web.Routes;
import fr.bocage.portal.UiText;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A session as the course page lists it: when in its place's time, named (« heure de Guyane »), where, how many
 * places, and its calendar entry.
 */
public final class SessionRow {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H' h 'mm", Locale.FRENCH);

    private final long courseId;
    private final int number;
    private final CourseSession session;
    private final boolean past;
    private final long confirmed;
    private final boolean registrants;

    /**
     * @param confirmed the places taken
     * @param registrants whether the reader may see its registrants (its trainer, the administrators)
     */
    SessionRow(long courseId, int number, CourseSession session, Instant now, long confirmed, boolean registrants) {
        this.courseId = courseId;
        this.number = number;
        this.session = session;
        this.past = !session.getStartsAt().isAfter(now);
        this.confirmed = confirmed;
        this.registrants = registrants;
    }

    /**
     * « mardi 2 juin 2027, 8 h 30 – 16 h 30, heure de Guyane », the end's day said only when it differs: the hours
     * of the place, as its participants read them.
     */
    static String when(CourseSession session) {
        ZonedDateTime start = session.getStartsAt().atZone(session.getZone().zone());
        ZonedDateTime end = session.getEndsAt().atZone(session.getZone().zone());
        String zone = session.getZone().timeName();
        return start.toLocalDate().equals(end.toLocalDate())
                ? UiText.format("course.session.hours", DAY.format(start), HOUR.format(start), HOUR.format(end), zone)
                : UiText.format("course.session.days", DAY.format(start), HOUR.format(start), DAY.format(end),
                        HOUR.format(end), zone);
    }

    /** « mardi 2 juin 2027 à 8 h 30, heure de Guyane, Saint-Laurent-du-Maroni ». */
    static String dateAndPlace(CourseSession session) {
        String when = start(session);
        return session.getPlace() == null ? when : when + ", " + session.getPlace();
    }

    /** « mardi 2 juin 2027 à 8 h 30, heure de Guyane ». */
    public static String start(CourseSession session) {
        ZonedDateTime start = session.getStartsAt().atZone(session.getZone().zone());
        return UiText.format("course.session.start", DAY.format(start), HOUR.format(start),
                session.getZone().timeName());
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

    /** The place's IANA zone, against which the page's script tells a visitor elsewhere their own time. */
    public String getZone() {
        return session.getZone().id();
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

    /** Its stable key, by which one signs up to it. */
    public int getKey() {
        return session.getKey();
    }

    public long getPlacesLeft() {
        return Math.max(0, session.getCapacity() - confirmed);
    }

    /** Whether one may still sign up: until it starts, on the waiting list once full. */
    public boolean isOpen() {
        return !past;
    }

    /** Its registrants' page, for those who may read it; null for others. */
    public String getRegistrantsUrl() {
        return registrants ? Routes.REGISTRANTS + courseId + "?session=" + session.getKey() : null;
    }

    /** The sign-up form with this session chosen. */
    public String getSignUpUrl() {
        return Routes.course(courseId) + "?session=" + session.getKey() + "#inscription";
    }

    /** How the sign-up form's choice names it: when, where, and its places. */
    public String getChoice() {
        String places = getPlacesLeft() == 0 ? UiText.format("course.signup.full")
                : UiText.format("webinar.places", getPlacesLeft());
        return session.getPlace() == null ? getWhen() + " (" + places + ")"
                : getWhen() + ", " + session.getPlace() + " (" + places + ")";
    }

    public String getCalendarUrl() {
        return "/api/courses/" + courseId + "/sessions/" + number + "/ics";
    }
}

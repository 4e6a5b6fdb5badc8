package fr.bocage.network.event;

import fr.bocage.portal.UiText;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An event's times in words, in its own zone named, as the people who attend read them. */
final class EventTimes {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H' h 'mm", Locale.FRENCH);

    private EventTimes() {
    }

    /**
     * « jeudi 4 mars 2027, 9 h 00 – 17 h 00, heure de La Réunion », the end's day said only when it differs (the
     * same words as a course session's).
     */
    static String when(NetworkEvent event) {
        ZonedDateTime start = event.getStartsAt().atZone(event.getZone().zone());
        ZonedDateTime end = event.getEndsAt().atZone(event.getZone().zone());
        String zone = event.getZone().timeName();
        return start.toLocalDate().equals(end.toLocalDate())
                ? UiText.format("course.session.hours", DAY.format(start), HOUR.format(start), HOUR.format(end), zone)
                : UiText.format("course.session.days", DAY.format(start), HOUR.format(start), DAY.format(end),
                        HOUR.format(end), zone);
    }

    /** The month of its start, in its zone: « 2027-03 », the agenda's month filter. */
    static String month(NetworkEvent event) {
        return event.getStartsAt().atZone(event.getZone().zone()).toLocalDate().toString().substring(0, 7);
    }
}

package fr.bocage.portal;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The portal's French strings for the few texts composed in Java; the pages read the same bundle. */
public final class UiText {
    static final String BUNDLE = "fr.bocage.portal.ui";
    static final Locale FRENCH = Locale.FRENCH;
    /** The time zone the portal shows dates in. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(BUNDLE, FRENCH);

    private UiText() {
    }

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu 'à' HH'h'mm", FRENCH);
    private static final DateTimeFormatter WEEKDAY_AND_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu 'à' HH'h'mm", FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", FRENCH);

    public static String format(String key, Object... arguments) {
        return new MessageFormat(TEXTS.getString(key), FRENCH).format(arguments);
    }

    /** An instant as a French reader expects it, in Paris time: « 21 novembre 2026 à 18h05 ». */
    public static String dayAndTime(Instant instant) {
        return instant == null ? "" : DAY_AND_TIME.format(instant.atZone(PARIS));
    }

    /** An event's start in Paris time, with its weekday: « samedi 5 décembre 2026 à 14h00 ». */
    public static String weekdayAndTime(Instant instant) {
        return WEEKDAY_AND_TIME.format(instant.atZone(PARIS));
    }

    /** The hour alone, in Paris time: « 15h30 ». */
    public static String time(Instant instant) {
        return TIME.format(instant.atZone(PARIS));
    }
}

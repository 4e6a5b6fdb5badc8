package fr.bocage.event.calendar;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Reads a start (or an end) as typed by a client; a time without offset nor zone is French time. Trainings are
 * dated within ten years of today: year 1 was a typo, and year 10000 no database column holds.
 */
public final class StartInstant {
    private static final int YEARS_AROUND_TODAY = 10;

    private StartInstant() {
    }

    public static Instant parse(String text) {
        return parse(text, "webinar.starts-at.invalid");
    }

    /** @param invalid the key of the message that refuses a text that is no date-time */
    public static Instant parse(String text, String invalid) {
        return parse(text, invalid, EventCalendar.ZONE);
    }

    /** @param zone where a time without offset nor zone is read: a course session's place */
    public static Instant parse(String text, String invalid, ZoneId zone) {
        try {
            // ISO_DATE_TIME takes 2026-06-02T14:00Z, …+02:00, …+02:00[Europe/Paris] and a bare local date-time.
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.strip(), ZonedDateTime::from,
                    LocalDateTime::from);
            Instant start = parsed instanceof ZonedDateTime zoned ? zoned.toInstant()
                    : ((LocalDateTime) parsed).atZone(zone).toInstant();
            return withinYearsOfToday(start, text);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new InvalidInput(Messages.format(invalid, text));
        }
    }

    private static Instant withinYearsOfToday(Instant start, String text) {
        ZonedDateTime today = ZonedDateTime.now(EventCalendar.ZONE);
        if (start.isBefore(today.minusYears(YEARS_AROUND_TODAY).toInstant())
                || start.isAfter(today.plusYears(YEARS_AROUND_TODAY).toInstant())) {
            throw new InvalidInput(Messages.format("training.starts-at.out-of-range", text, YEARS_AROUND_TODAY));
        }
        return start;
    }
}

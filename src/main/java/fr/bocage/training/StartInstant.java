package fr.bocage.training;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/** Reads a start (or an end) as typed by a client; a time without offset nor zone is French time. */
public final class StartInstant {
    private StartInstant() {
    }

    public static Instant parse(String text) {
        return parse(text, "webinar.starts-at.invalid");
    }

    /** @param invalid the key of the message that refuses a text that is no date-time */
    public static Instant parse(String text, String invalid) {
        try {
            // ISO_DATE_TIME takes 2026-06-02T14:00Z, …+02:00, …+02:00[Europe/Paris] and a bare local date-time.
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.strip(), ZonedDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof ZonedDateTime zoned ? zoned.toInstant()
                    : ((LocalDateTime) parsed).atZone(TrainingCalendar.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(Messages.format(invalid, text));
        }
    }
}

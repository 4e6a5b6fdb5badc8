package fr.bocage.training.course;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.event.calendar.SessionZone;
import fr.bocage.event.calendar.StartInstant;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A course session as a client sends it; {@code startsAt} and {@code endsAt} are read like a webinar's start, a
 * local date-time being the time of the session's place: {@code timeZone}, one of France's zones
 * ({@link SessionZone}), or when absent the zone of the course's territory if obvious, else Paris. {@code key}, as
 * the course gave it, keeps a session (and its registrations) whose time changes; without it, a session keeps the
 * key of the one that started at the same instant, else it is a new one.
 */
public record SessionInput(
        @NotBlank(message = "{bocage.session.starts-at.required}") @Size(max = 60, message = "{bocage.session.date.size}") String startsAt,
        @NotBlank(message = "{bocage.session.ends-at.required}") @Size(max = 60, message = "{bocage.session.date.size}") String endsAt,
        @Size(max = 300, message = "{bocage.session.place.size}") String place,
        @NotNull(message = "{bocage.session.capacity.range}") @Min(value = 1, message = "{bocage.session.capacity.range}")
        @Max(value = 10000, message = "{bocage.session.capacity.range}") Integer capacity,
        @Pattern(regexp = SessionInput.ZONES, message = "{bocage.session.time-zone.invalid}") String timeZone,
        @Min(value = 1, message = "{bocage.session.key.range}") Integer key) {

    /** The ids {@link SessionZone} knows, for validation. */
    static final String ZONES = "Europe/Paris|America/Martinique|America/Cayenne|Indian/Reunion|Indian/Mayotte"
            + "|Pacific/Noumea|Pacific/Tahiti|America/Miquelon|Pacific/Wallis";

    // One constructor only: JSON-B reads a record through its canonical one, and refuses a body when there are more.
    public SessionInput {
        place = place == null || place.isBlank() ? null : place.strip();
        timeZone = timeZone == null || timeZone.isBlank() ? null : timeZone.strip();
    }

    /**
     * @param number the session's rank as sent, from 1, to name it in a refusal
     * @param byDefault the zone when none is given: the course's territory's
     */
    CourseSession session(int number, SessionZone byDefault) {
        SessionZone zone = timeZone == null ? byDefault : SessionZone.of(timeZone).orElseThrow(
                () -> new InvalidInput(Messages.format("course.session.time-zone.invalid", timeZone)));
        Instant start = StartInstant.parse(startsAt, "course.session.starts-at.invalid", zone.zone());
        Instant end = StartInstant.parse(endsAt, "course.session.ends-at.invalid", zone.zone());
        if (!end.isAfter(start)) {
            throw new InvalidInput(Messages.format("course.session.order", number));
        }
        return new CourseSession(start, end, place, capacity, zone, key == null ? 0 : key);
    }
}

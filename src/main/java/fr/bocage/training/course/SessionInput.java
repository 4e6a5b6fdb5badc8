package fr.bocage.training.course;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.training.StartInstant;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A course session as a client sends it; {@code startsAt} and {@code endsAt} are read like a webinar's start (a
 * local date-time is Paris time).
 */
public record SessionInput(
        @NotBlank(message = "{bocage.session.starts-at.required}") @Size(max = 60, message = "{bocage.session.date.size}") String startsAt,
        @NotBlank(message = "{bocage.session.ends-at.required}") @Size(max = 60, message = "{bocage.session.date.size}") String endsAt,
        @Size(max = 300, message = "{bocage.session.place.size}") String place,
        @NotNull(message = "{bocage.session.capacity.range}") @Min(value = 1, message = "{bocage.session.capacity.range}")
        @Max(value = 10000, message = "{bocage.session.capacity.range}") Integer capacity) {

    public SessionInput {
        place = place == null || place.isBlank() ? null : place.strip();
    }

    /** @param number the session's rank as sent, from 1, to name it in a refusal */
    CourseSession session(int number) {
        Instant start = StartInstant.parse(startsAt, "course.session.starts-at.invalid");
        Instant end = StartInstant.parse(endsAt, "course.session.ends-at.invalid");
        if (!end.isAfter(start)) {
            throw new InvalidInput(Messages.format("course.session.order", number));
        }
        return new CourseSession(start, end, place, capacity);
    }
}

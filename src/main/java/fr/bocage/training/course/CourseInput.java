package fr.bocage.training.course;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.event.calendar.SessionZone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A course as a client sends it: its description (title required; summary = the description, organisation = the
 * provider) and its own fields. A price of 0 or none is free. A self-paced course has no session; the others may
 * have none yet (dates to come).
 */
public record CourseInput(
        @Valid @NotNull(message = "{bocage.course.metadata.required}") MetadataInput metadata,
        @Size(max = 10000, message = "{bocage.course.objectives.size}") String objectives,
        @NotBlank(message = "{bocage.course.level.required}")
        @Pattern(regexp = "introduction|intermediate|expert", message = "{bocage.course.level.invalid}") String level,
        @NotBlank(message = "{bocage.course.format.required}")
        @Pattern(regexp = "self-paced|in-person|remote|blended", message = "{bocage.course.format.invalid}") String format,
        @Size(max = 100, message = "{bocage.course.duration.size}") String duration,
        @Size(max = 4000, message = "{bocage.course.prerequisites.size}") String prerequisites,
        @DecimalMin(value = "0", message = "{bocage.course.price.range}")
        @DecimalMax(value = "100000", message = "{bocage.course.price.range}")
        @Digits(integer = 6, fraction = 2, message = "{bocage.course.price.range}") BigDecimal price,
        @Size(max = 2000, message = "{bocage.url.size}") @Pattern(regexp = "https?://\\S+", message = "{bocage.url.pattern}") String platformUrl,
        @Size(max = CourseInput.MAX_SESSIONS, message = "{bocage.course.sessions.size}")
        List<@Valid @NotNull(message = "{bocage.course.session.required}") SessionInput> sessions) {

    public static final int MAX_SESSIONS = 50;

    public CourseInput {
        objectives = blankToNull(objectives);
        duration = blankToNull(duration);
        prerequisites = blankToNull(prerequisites);
        platformUrl = blankToNull(platformUrl);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    /** The checked fields; called once Bean Validation has passed. */
    CourseDetails details() {
        CourseFormat courseFormat = ApiNames.parse(CourseFormat.class, format).orElseThrow();
        if (!courseFormat.hasSessions() && !sessions.isEmpty()) {
            throw new InvalidInput(Messages.get("course.sessions.self-paced"));
        }
        // A session given without its zone is held where the course is, when the territory says it (Guyane…).
        SessionZone byDefault = SessionZone.forTerritory(metadata.territory());
        List<CourseSession> dated = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            dated.add(sessions.get(i).session(i + 1, byDefault));
        }
        dated.sort(Comparator.comparing(CourseSession::getStartsAt));
        return new CourseDetails(objectives, ApiNames.parse(CourseLevel.class, level).orElseThrow(), courseFormat,
                duration, prerequisites, price == null || price.signum() == 0 ? null : price, platformUrl, dated);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

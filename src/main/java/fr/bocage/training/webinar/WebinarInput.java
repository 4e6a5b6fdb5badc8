package fr.bocage.training.webinar;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.event.calendar.StartInstant;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A webinar as a client sends it: its description (title required; the summary is the abstract) and its event.
 * {@code startsAt} is an ISO instant or offset date-time, a date-time with a zone, or a local date-time read in
 * Europe/Paris. {@code recap} is the short summary written after the event.
 */
public record WebinarInput(
        @Valid @NotNull(message = "{bocage.webinar.metadata.required}") MetadataInput metadata,
        @NotBlank(message = "{bocage.webinar.starts-at.required}") @Size(max = 60, message = "{bocage.webinar.starts-at.invalid}") String startsAt,
        @NotNull(message = "{bocage.webinar.duration.range}") @Min(value = 5, message = "{bocage.webinar.duration.range}")
        @Max(value = 600, message = "{bocage.webinar.duration.range}") Integer durationMinutes,
        @Size(max = 20, message = "{bocage.list.size}") List<@Valid @NotNull(message = "{bocage.speaker.name.required}") Speaker> speakers,
        @Size(max = 200, message = "{bocage.name.size}") String series,
        @NotNull(message = "{bocage.webinar.capacity.range}") @Min(value = 1, message = "{bocage.webinar.capacity.range}")
        @Max(value = 10000, message = "{bocage.webinar.capacity.range}") Integer capacity,
        @Size(max = 2000, message = "{bocage.url.size}") @Pattern(regexp = "https?://\\S+", message = "{bocage.url.pattern}") String joinUrl,
        @Size(max = 2000, message = "{bocage.url.size}") @Pattern(regexp = "https?://\\S+", message = "{bocage.url.pattern}") String replayUrl,
        @Size(max = 4000, message = "{bocage.webinar.recap.size}") String recap) {

    public WebinarInput {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        series = blankToNull(series);
        joinUrl = blankToNull(joinUrl);
        replayUrl = blankToNull(replayUrl);
        recap = blankToNull(recap);
    }

    WebinarSchedule schedule() {
        return new WebinarSchedule(StartInstant.parse(startsAt), durationMinutes, speakers, series, capacity, joinUrl,
                replayUrl, recap);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

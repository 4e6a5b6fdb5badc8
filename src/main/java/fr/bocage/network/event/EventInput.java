package fr.bocage.network.event;

import fr.bocage.catalog.MetadataInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An event as a client sends it: its description (title required; summary, themes, territory…; type event
 * implicit) and its own fields. {@code startsAt} and {@code endsAt} are ISO date-times; without offset they are read
 * in {@code timeZone}, one of France's zones, by default the territory's (La Réunion: Indian/Reunion), else Paris.
 * {@code network} is the slug of the network it belongs to, which only its animators (and moderators) choose;
 * {@code membersOnly} reserves it to that network's members and animators (absent: no).
 */
public record EventInput(
        @Valid @NotNull(message = "{bocage.event.metadata.required}") MetadataInput metadata,
        @NotBlank(message = "{bocage.event.kind.invalid}")
        @Pattern(regexp = "network-meeting|technical-day|seminar|gathering|other",
                message = "{bocage.event.kind.invalid}") String kind,
        @NotBlank(message = "{bocage.event.format.invalid}")
        @Pattern(regexp = "in-person|remote|hybrid", message = "{bocage.event.format.invalid}") String format,
        @NotBlank(message = "{bocage.event.starts-at.required}") @Size(max = 60, message = "{bocage.event.date.invalid}") String startsAt,
        @NotBlank(message = "{bocage.event.ends-at.required}") @Size(max = 60, message = "{bocage.event.date.invalid}") String endsAt,
        @Size(max = 40, message = "{bocage.session.time-zone.invalid}") String timeZone,
        @Size(max = 200, message = "{bocage.event.place.size}") String placeName,
        @Size(max = 500, message = "{bocage.event.address.size}") String address,
        @Size(max = 200, message = "{bocage.action.commune.size}") String commune,
        @Size(max = 2000, message = "{bocage.url.size}") @Pattern(regexp = "https?://\\S+", message = "{bocage.url.pattern}") String joinUrl,
        @Size(max = 10000, message = "{bocage.event.programme.size}") String programme,
        @NotNull(message = "{bocage.webinar.capacity.range}") @Min(value = 1, message = "{bocage.webinar.capacity.range}")
        @Max(value = 10000, message = "{bocage.webinar.capacity.range}") Integer capacity,
        Long organiser,
        @Size(max = 80, message = "{bocage.code.size}")
        @Pattern(regexp = "[a-z0-9-]+", message = "{bocage.news.network.invalid}") String network,
        Boolean membersOnly,
        @Size(max = 10000, message = "{bocage.event.recap.size}") String recap,
        @Size(max = 2000, message = "{bocage.url.size}") @Pattern(regexp = "https?://\\S+", message = "{bocage.url.pattern}") String replayUrl) {

    /** The form's fields, in the order its errors are listed. */
    public static final List<String> FIELDS = List.of("title", "summary", "kind", "format", "startsAt", "endsAt",
            "timeZone", "placeName", "address", "commune", "territory", "joinUrl", "programme", "capacity",
            "organiser", "network", "membersOnly", "recap", "replayUrl");

    public EventInput {
        kind = blankToNull(kind);
        format = blankToNull(format);
        startsAt = blankToNull(startsAt);
        endsAt = blankToNull(endsAt);
        timeZone = blankToNull(timeZone);
        placeName = blankToNull(placeName);
        address = blankToNull(address);
        commune = blankToNull(commune);
        joinUrl = blankToNull(joinUrl);
        programme = blankToNull(programme);
        network = blankToNull(network);
        membersOnly = Boolean.TRUE.equals(membersOnly);
        recap = blankToNull(recap);
        replayUrl = blankToNull(replayUrl);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

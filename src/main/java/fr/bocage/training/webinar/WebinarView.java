package fr.bocage.training.webinar;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.platform.rest.ApiNames;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * A webinar as the API shows it. {@code joinUrl} is given only to those who run it (its trainer, moderators,
 * administrators): registrants receive it by e-mail. {@code registered} counts the confirmed registrations.
 */
@JsonbPropertyOrder({"id", "title", "summary", "themes", "territory", "audiences", "status", "startsAt", "endsAt",
        "durationMinutes", "speakers", "series", "capacity", "registered", "placesLeft", "joinUrl", "replayUrl", "recap", "trainer"})
public record WebinarView(long id, String title, String summary, List<String> themes, String territory,
        List<String> audiences, String status, Instant startsAt, Instant endsAt, int durationMinutes,
        List<Speaker> speakers, String series, int capacity, long registered, long placesLeft, String joinUrl, String replayUrl, String recap, String trainer) {

    /** @param registered the confirmed registrations */
    static WebinarView of(Resource r, Webinar w, boolean runsIt, long registered) {
        ResourceDescription d = r.description();
        return new WebinarView(r.getId(), d.title(), d.summary(), d.themes(), d.territory(), d.audiences(),
                ApiNames.of(r.getStatus()), w.getStartsAt(), w.getEndsAt(), w.getDurationMinutes(), w.getSpeakers(),
                w.getSeries(), w.getCapacity(), registered, Math.max(0, w.getCapacity() - registered), runsIt ? w.getJoinUrl() : null, w.getReplayUrl(), w.getRecap(),
                runsIt ? r.getCreatedBy() : null);
    }
}

package fr.bocage.training.course;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.platform.rest.ApiNames;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A course as the API shows it: {@code provider} is its resource's organisation, {@code price} null when free.
 * Sessions come soonest first, numbered from 1 ({@code id}, as in {@code /sessions/{sid}/ics}). {@code trainer} is
 * given to those who run it.
 */
@JsonbPropertyOrder({"id", "title", "summary", "objectives", "themes", "territory", "audiences", "provider",
        "status", "level", "format", "duration", "prerequisites", "price", "free", "platformUrl", "sessions", "trainer"})
public record CourseView(long id, String title, String summary, String objectives, List<String> themes,
        String territory, List<String> audiences, String provider, String status, String level, String format,
        String duration, String prerequisites, BigDecimal price, boolean free, String platformUrl,
        List<SessionView> sessions, String trainer) {

    /** {@code timeZone}: the place's, in which the session was entered and is shown (Europe/Paris, America/Cayenne…). */
    @JsonbPropertyOrder({"id", "startsAt", "endsAt", "timeZone", "place", "capacity"})
    public record SessionView(int id, Instant startsAt, Instant endsAt, String timeZone, String place, int capacity) {
    }

    static CourseView of(Resource r, Course c, boolean runsIt) {
        ResourceDescription d = r.description();
        List<CourseSession> sessions = c.getSessions();
        return new CourseView(r.getId(), d.title(), d.summary(), c.getObjectives(), d.themes(), d.territory(),
                d.audiences(), d.organisation(), ApiNames.of(r.getStatus()), c.getLevel().code(), c.getFormat().code(),
                c.getDuration(), c.getPrerequisites(), c.getPrice(), c.isFree(), c.getPlatformUrl(),
                IntStream.range(0, sessions.size()).mapToObj(i -> new SessionView(i + 1, sessions.get(i).getStartsAt(),
                        sessions.get(i).getEndsAt(), sessions.get(i).getZone().id(), sessions.get(i).getPlace(),
                        sessions.get(i).getCapacity())).toList(),
                runsIt ? r.getCreatedBy() : null);
    }
}

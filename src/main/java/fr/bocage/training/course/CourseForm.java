package fr.bocage.training.course;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.portal.UiText;
import fr.bocage.portal.form.FormFields;
import fr.bocage.portal.form.FormOption;
import fr.bocage.portal.form.TypedNumbers;
import fr.bocage.event.calendar.SessionZone;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The course fields of the trainers' form (the description has its own, {@code MetadataForm}): the values, those of
 * the course or those just typed when the form comes back with an error, and a row per session plus a few empty
 * ones. Dates are typed as local date-times ({@code datetime-local}) of the session's zone.
 */
public final class CourseForm {
    private static final int EMPTY_ROWS = 3;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    /**
     * One row of the sessions' table; {@code index} numbers its fields' names. {@code zone} is an IANA id, or empty
     * for « the course's territory's » (Paris unless the territory is overseas). {@code key}, hidden, keeps the
     * session's registrations when its time changes.
     */
    public record SessionFields(int index, String start, String end, String place, String capacity, String zone,
            String key) {
        boolean isBlank() {
            return Stream.of(start, end, place, capacity).allMatch(v -> v == null || v.isBlank());
        }

        /** France's zones, the row's selected, after the territory's default. */
        public List<FormOption> zoneOptions() {
            List<FormOption> options = new ArrayList<>();
            options.add(new FormOption("", UiText.format("course.field.session.zone.territory"),
                    zone == null || zone.isBlank()));
            for (SessionZone z : SessionZone.values()) {
                options.add(new FormOption(z.id(), z.label() + " (" + z.timeName() + ")", z.id().equals(zone)));
            }
            return options;
        }
    }

    private final Map<String, String> text;
    private final List<SessionFields> sessions;

    private CourseForm(Map<String, String> text, List<SessionFields> filled) {
        this.text = text;
        List<SessionFields> rows = new ArrayList<>(filled);
        while (rows.size() < Math.min(CourseInput.MAX_SESSIONS, filled.size() + EMPTY_ROWS)) {
            rows.add(new SessionFields(rows.size(), null, null, null, null, null, null));
        }
        this.sessions = rows;
    }

    static CourseForm empty() {
        return new CourseForm(Map.of(), List.of());
    }

    static CourseForm of(Course c) {
        Map<String, String> text = new HashMap<>();
        text.put("objectives", c.getObjectives());
        text.put("level", c.getLevel().code());
        text.put("format", c.getFormat().code());
        text.put("duration", c.getDuration());
        text.put("prerequisites", c.getPrerequisites());
        text.put("price", c.isFree() ? null : c.getPrice().toPlainString());
        text.put("platformUrl", c.getPlatformUrl());
        List<CourseSession> all = c.getSessions();
        List<SessionFields> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            CourseSession s = all.get(i);
            rows.add(new SessionFields(i, local(s.getStartsAt(), s), local(s.getEndsAt(), s), s.getPlace(),
                    Integer.toString(s.getCapacity()), s.getZone().id(), Integer.toString(s.getKey())));
        }
        return new CourseForm(text, rows);
    }

    /** The fields as the page lists them; a session's property is its row's field ({@code sessions[0].endsAt} is {@code session-end-0}). */
    static final FormFields FIELDS = FormFields.METADATA.then(List.of("format", "level", "objectives", "prerequisites",
            "duration", "price", "platformUrl", "session-"), path -> path
                    .replaceFirst("^sessions\\[(\\d+)]\\.startsAt$", "session-start-$1")
                    .replaceFirst("^sessions\\[(\\d+)]\\.endsAt$", "session-end-$1")
                    .replaceFirst("^sessions\\[(\\d+)]\\.place$", "session-place-$1")
                    .replaceFirst("^sessions\\[(\\d+)]\\.capacity$", "session-capacity-$1")
                    .replaceFirst("^sessions\\[(\\d+)]\\.timeZone$", "session-zone-$1"));

    /** The fields as typed, to show the form again with its error. */
    static CourseForm typed(HttpServletRequest request) {
        Map<String, String> text = new HashMap<>();
        for (String name : List.of("objectives", "level", "format", "duration", "prerequisites", "price", "platformUrl")) {
            text.put(name, request.getParameter(name));
        }
        return new CourseForm(text, rows(request).stream().filter(r -> !r.isBlank()).toList());
    }

    /** The course a posted form describes; rows left empty are no session. */
    static CourseInput read(HttpServletRequest request, MetadataInput metadata) {
        List<SessionInput> sessions = rows(request).stream().filter(r -> !r.isBlank())
                .map(r -> new SessionInput(r.start(), r.end(), r.place(), capacity(r.capacity()), r.zone(),
                        capacity(r.key()))).toList();
        return new CourseInput(metadata, request.getParameter("objectives"), request.getParameter("level"),
                request.getParameter("format"), request.getParameter("duration"),
                request.getParameter("prerequisites"), TypedNumbers.euros(request.getParameter("price"), "price", "course.price.invalid"),
                request.getParameter("platformUrl"), sessions);
    }

    private static List<SessionFields> rows(HttpServletRequest request) {
        List<SessionFields> rows = new ArrayList<>();
        // Beyond the limit, rows are read so that validation refuses them rather than dropping them unseen.
        for (int i = 0; request.getParameter("session-start-" + i) != null && i <= CourseInput.MAX_SESSIONS; i++) {
            rows.add(new SessionFields(i, request.getParameter("session-start-" + i),
                    request.getParameter("session-end-" + i), request.getParameter("session-place-" + i),
                    request.getParameter("session-capacity-" + i), request.getParameter("session-zone-" + i),
                    request.getParameter("session-key-" + i)));
        }
        return rows;
    }

    /** A capacity (or key) that is no number is none: validation then says what is expected. */
    private static Integer capacity(String typed) {
        try {
            return typed == null ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The session's time as its trainer typed it: in the place's zone. */
    private static String local(Instant instant, CourseSession session) {
        return LOCAL.format(instant.atZone(session.getZone().zone()));
    }

    public Map<String, String> getText() {
        return text;
    }

    public List<SessionFields> getSessions() {
        return sessions;
    }

    public List<FormOption> getLevels() {
        return Arrays.stream(CourseLevel.values())
                .map(l -> new FormOption(l.code(), l.label(), l.code().equals(text.get("level")))).toList();
    }

    public List<FormOption> getFormats() {
        return Arrays.stream(CourseFormat.values())
                .map(f -> new FormOption(f.code(), f.label(), f.code().equals(text.get("format")))).toList();
    }
}

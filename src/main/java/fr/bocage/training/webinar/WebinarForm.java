package fr.bocage.training.webinar;

import fr.bocage.portal.form.FormFields;
import fr.bocage.event.calendar.EventCalendar;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event fields of the webinar form, as text: the webinar's, or what was just typed when the form comes back
 * with an error. The start is a local date-time in Paris, what an {@code <input type="datetime-local">} holds.
 */
public final class WebinarForm {
    private static final String[] FIELDS = {"startsAt", "durationMinutes", "capacity", "series", "joinUrl",
            "replayUrl", "recap"};
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    /** Blank speaker rows beyond those filled in, so that a trainer can add some without a script. */
    private static final int BLANK_SPEAKERS = 2;
    private static final int MIN_SPEAKER_ROWS = 3;

    /** The fields as the page lists them; a speaker's property is its row's field ({@code speakers[1].name} is {@code speakerName1}). */
    static final FormFields FORM_FIELDS = FormFields.METADATA.then(List.of("startsAt", "durationMinutes", "capacity",
            "series", "joinUrl", "speaker", "replayUrl", "recap"), path -> path
                    .replaceFirst("^speakers\\[(\\d+)]\\.name$", "speakerName$1")
                    .replaceFirst("^speakers\\[(\\d+)]\\.organisation$", "speakerOrganisation$1"));

    private final Map<String, String> values;
    private final List<Speaker> speakers;

    private WebinarForm(Map<String, String> values, List<Speaker> speakers) {
        this.values = values;
        this.speakers = speakers;
    }

    static WebinarForm empty() {
        return new WebinarForm(Map.of("durationMinutes", "60", "capacity", "100"), List.of());
    }

    static WebinarForm of(Webinar w) {
        Map<String, String> values = new HashMap<>();
        values.put("startsAt", LOCAL.format(w.getStartsAt().atZone(EventCalendar.ZONE)));
        values.put("durationMinutes", Integer.toString(w.getDurationMinutes()));
        values.put("capacity", Integer.toString(w.getCapacity()));
        putIfSet(values, "series", w.getSeries());
        putIfSet(values, "joinUrl", w.getJoinUrl());
        putIfSet(values, "replayUrl", w.getReplayUrl());
        putIfSet(values, "recap", w.getRecap());
        return new WebinarForm(values, w.getSpeakers());
    }

    static WebinarForm typed(HttpServletRequest request) {
        Map<String, String> values = new HashMap<>();
        for (String field : FIELDS) {
            putIfSet(values, field, request.getParameter(field));
        }
        return new WebinarForm(values, speakers(request));
    }

    /** The speaker rows that have a name or an organisation; a row with an organisation alone is refused later. */
    static List<Speaker> speakers(HttpServletRequest request) {
        String[] names = orEmpty(request.getParameterValues("speakerName"));
        String[] organisations = orEmpty(request.getParameterValues("speakerOrganisation"));
        List<Speaker> speakers = new ArrayList<>();
        for (int i = 0; i < Math.max(names.length, organisations.length); i++) {
            String name = i < names.length ? names[i].strip() : "";
            String organisation = i < organisations.length ? organisations[i] : null;
            if (!name.isEmpty() || (organisation != null && !organisation.isBlank())) {
                speakers.add(new Speaker(name, organisation == null || organisation.isBlank() ? null : organisation.strip()));
            }
        }
        return speakers;
    }

    public Map<String, String> getValues() {
        return values;
    }

    /** The speakers so far, then blank rows. */
    public List<Speaker> getSpeakerRows() {
        List<Speaker> rows = new ArrayList<>(speakers);
        while (rows.size() < Math.max(MIN_SPEAKER_ROWS, speakers.size() + BLANK_SPEAKERS)) {
            rows.add(new Speaker("", null));
        }
        return rows;
    }

    private static void putIfSet(Map<String, String> values, String field, String value) {
        if (value != null) {
            values.put(field, value);
        }
    }

    private static String[] orEmpty(String[] values) {
        return values == null ? new String[0] : values;
    }
}

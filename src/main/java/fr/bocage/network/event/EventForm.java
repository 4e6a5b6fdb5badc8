package fr.bocage.network.event;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.event.calendar.SessionZone;
import fr.bocage.network.membership.MembersOnly;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.portal.UiText;
import fr.bocage.portal.form.FormFields;
import fr.bocage.portal.form.FormOption;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of the event form as text: those of the event, or those just typed when the form comes back with
 * errors. Start and end are typed as a date and a time of the event's own zone; the organiser is chosen by name
 * among the published actors, the network among those the person may put it in. Themes and territory are the
 * vocabularies' ({@code MetadataForm}).
 */
public final class EventForm {
    /** The page's fields in its order: the first in error gets the focus. */
    static final List<String> NAMES = List.of("title", "summary", "kind", "format", "startDate", "startTime",
            "endDate", "endTime", "timeZone", "placeName", "address", "commune", "joinUrl", "programme", "capacity",
            "organiser", "network", "membersOnly", "territory", "theme", "recap", "replayUrl");
    private static final List<String> TEXT = List.of("title", "summary", "kind", "format", "startDate", "startTime",
            "endDate", "endTime", "timeZone", "placeName", "address", "commune", "joinUrl", "programme", "capacity",
            "organiser", "network", "membersOnly", "territory", "recap", "replayUrl");
    private static final Map<String, String> RENAMED = Map.of("themes", "theme", "startsAt", "startDate", "endsAt",
            "endDate");

    /** A property's path (EventInput's, the workflow's) to the form's field: a time's faults go to its date. */
    static final FormFields FIELDS = new FormFields(NAMES, path -> RENAMED.getOrDefault(path, path));

    /** A choice of the form: an organiser (an actor's id) or a network (its slug), by name. */
    record Choice(String code, String name) {
    }

    private final Map<String, String> text;
    private final List<Choice> organisers;
    private final List<Choice> networks;

    private EventForm(Map<String, String> text, List<Choice> organisers, List<Choice> networks) {
        this.text = text;
        this.organisers = organisers;
        this.networks = networks;
    }

    /** A new event: a meeting in person, its zone the territory's, twenty places. */
    static EventForm empty(List<Choice> organisers, List<Choice> networks) {
        Map<String, String> text = new HashMap<>();
        text.put("kind", EventKind.NETWORK_MEETING.code());
        text.put("format", EventFormat.IN_PERSON.code());
        text.put("capacity", "20");
        return new EventForm(text, organisers, networks);
    }

    static EventForm of(Resource resource, NetworkEvent event, String networkSlug, List<Choice> organisers,
            List<Choice> networks) {
        Map<String, String> text = new HashMap<>();
        ResourceDescription d = resource.description();
        text.put("title", d.title());
        text.put("summary", d.summary());
        text.put("territory", d.territory());
        text.put("kind", event.getKind().code());
        text.put("format", event.getFormat().code());
        ZonedDateTime start = event.getStartsAt().atZone(event.getZone().zone());
        ZonedDateTime end = event.getEndsAt().atZone(event.getZone().zone());
        text.put("startDate", start.toLocalDate().toString());
        text.put("startTime", start.toLocalTime().toString());
        text.put("endDate", end.toLocalDate().toString());
        text.put("endTime", end.toLocalTime().toString());
        text.put("timeZone", event.getZone().id());
        text.put("placeName", event.getPlaceName());
        text.put("address", event.getAddress());
        text.put("commune", event.getCommune());
        text.put("joinUrl", event.getJoinUrl());
        text.put("programme", event.getProgramme());
        text.put("capacity", String.valueOf(event.getCapacity()));
        text.put("organiser", event.getOrganiser() == null ? null : event.getOrganiser().toString());
        text.put("network", networkSlug);
        text.put("membersOnly", resource.getCircle() == null ? null : MembersOnly.TICKED);
        text.put("recap", event.getRecap());
        text.put("replayUrl", event.getReplayUrl());
        return new EventForm(text, organisers, networks);
    }

    static EventForm typed(HttpServletRequest request, List<Choice> organisers, List<Choice> networks) {
        Map<String, String> text = new HashMap<>();
        TEXT.forEach(name -> text.put(name, request.getParameter(name)));
        return new EventForm(text, organisers, networks);
    }

    /**
     * The input the form sends. A changed event keeps the parts of its description the form does not show
     * (authors, keywords…), which a new one has none of.
     *
     * @param kept the event's description now; null for a new event
     * @throws InvalidInput on its field for a number of places or an organiser that is no number, or a date
     *                      without its time
     */
    static EventInput read(HttpServletRequest request, ResourceDescription kept) {
        requireTimes(request);
        String[] themes = request.getParameterValues("theme");
        MetadataInput metadata = metadata(request.getParameter("title"), request.getParameter("summary"),
                themes == null ? List.of() : Arrays.asList(themes), request.getParameter("territory"), kept);
        return new EventInput(metadata, request.getParameter("kind"), request.getParameter("format"),
                dateTime(request.getParameter("startDate"), request.getParameter("startTime")),
                dateTime(request.getParameter("endDate"), request.getParameter("endTime")),
                request.getParameter("timeZone"), request.getParameter("placeName"), request.getParameter("address"),
                request.getParameter("commune"), request.getParameter("joinUrl"), request.getParameter("programme"),
                number(request.getParameter("capacity"), "capacity", "event.capacity.invalid", Integer::valueOf),
                number(request.getParameter("organiser"), "organiser", "event.organiser.invalid", Long::valueOf),
                request.getParameter("network"), MembersOnly.TICKED.equals(request.getParameter("membersOnly")),
                request.getParameter("recap"), request.getParameter("replayUrl"));
    }

    private static MetadataInput metadata(String title, String summary, List<String> themes, String territory,
            ResourceDescription kept) {
        if (kept == null) {
            return new MetadataInput(title, summary, null, themes, territory, List.of(), null, null, null, null,
                    List.of(), null, List.of(), null);
        }
        return new MetadataInput(title, summary, null, themes, territory, kept.audiences(), kept.year(), kept.date(),
                kept.language(), kept.licence(), kept.authors(), kept.organisation(), kept.keywords(),
                kept.sourceUrl());
    }

    /** A date typed without its time: said beside the time, rather than as an ISO date-time the form never shows. */
    private static void requireTimes(HttpServletRequest request) {
        Map<String, String> faults = new LinkedHashMap<>();
        for (String[] pair : new String[][] {{"startDate", "startTime"}, {"endDate", "endTime"}}) {
            String date = request.getParameter(pair[0]);
            String time = request.getParameter(pair[1]);
            if (date != null && !date.isBlank() && (time == null || time.isBlank())) {
                faults.put(pair[1], Messages.get("event.time.required"));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInput(InvalidInput.Reason.INVALID, String.join(" ", faults.values()), faults);
        }
    }

    /** « 2027-03-04T09:00 », read in the event's zone by the service; null without a date. */
    private static String dateTime(String date, String time) {
        return date == null || date.isBlank() ? null : date.strip() + "T" + time.strip();
    }

    /** A whole number typed; null for none. */
    private static <T extends Number> T number(String typed, String field, String messageKey,
            Function<String, T> parse) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return parse.apply(typed.strip());
        } catch (NumberFormatException e) {
            String message = Messages.format(messageKey, typed);
            throw new InvalidInput(InvalidInput.Reason.INVALID, message, Map.of(field, message));
        }
    }

    public Map<String, String> getText() {
        return text;
    }

    public List<FormOption> getKinds() {
        return Arrays.stream(EventKind.values())
                .map(k -> new FormOption(k.code(), k.label(), k.code().equals(text.get("kind")))).toList();
    }

    public List<FormOption> getFormats() {
        return Arrays.stream(EventFormat.values())
                .map(f -> new FormOption(f.code(), f.label(), f.code().equals(text.get("format")))).toList();
    }

    /** France's zones, after « the territory's » (empty), which a new event starts with. */
    public List<FormOption> getZones() {
        String zone = text.get("timeZone");
        List<FormOption> options = new ArrayList<>();
        options.add(new FormOption("", UiText.format("event.field.zone.territory"), zone == null || zone.isBlank()));
        for (SessionZone z : SessionZone.values()) {
            options.add(new FormOption(z.id(), z.label() + " (" + z.timeName() + ")", z.id().equals(zone)));
        }
        return options;
    }

    /** The published actors, by name. */
    public List<FormOption> getOrganisers() {
        return options(organisers, text.get("organiser"));
    }

    /** The networks the person may put the event in; empty when none (the field is then not shown). */
    public List<FormOption> getNetworks() {
        return options(networks, text.get("network"));
    }

    private static List<FormOption> options(List<Choice> choices, String selected) {
        return choices.stream().map(c -> new FormOption(c.code(), c.name(), Objects.equals(c.code(), selected)))
                .toList();
    }
}

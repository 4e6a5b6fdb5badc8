package fr.bocage.event.calendar;

import fr.bocage.portal.UiText;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The time zones of France where a course session may be held: a session overseas is entered and shown in its
 * place's time (« 8 h 30 – 16 h 30, heure de Guyane »), not in Paris time. {@code territories} are the codes of the
 * territory vocabulary whose zone is obvious, proposed by default.
 */
public enum SessionZone {
    PARIS("Europe/Paris", "paris"),
    ANTILLES("America/Martinique", "antilles", "guadeloupe", "martinique"),
    GUYANE("America/Cayenne", "guyane", "guyane"),
    REUNION("Indian/Reunion", "reunion", "la-reunion"),
    MAYOTTE("Indian/Mayotte", "mayotte", "mayotte"),
    NOUVELLE_CALEDONIE("Pacific/Noumea", "nouvelle-caledonie", "nouvelle-caledonie"),
    POLYNESIE("Pacific/Tahiti", "polynesie", "polynesie-francaise"),
    SAINT_PIERRE("America/Miquelon", "saint-pierre", "saint-pierre-et-miquelon"),
    WALLIS("Pacific/Wallis", "wallis", "wallis-et-futuna");

    public static final SessionZone DEFAULT = PARIS;

    private final ZoneId zone;
    private final String key;
    private final List<String> territories;

    SessionZone(String id, String key, String... territories) {
        this.zone = ZoneId.of(id);
        this.key = key;
        this.territories = List.of(territories);
    }

    /** The zone of an IANA id among France's, if it is one of them. */
    public static Optional<SessionZone> of(String id) {
        return Arrays.stream(values()).filter(z -> z.id().equals(id)).findFirst();
    }

    /** A session's zone as stored; Paris for an id that is not (any more) one of France's. */
    public static SessionZone stored(String id) {
        return of(id).orElse(DEFAULT);
    }

    /** The zone a territory of the vocabulary obviously lies in; Paris for the others (regions, national…). */
    public static SessionZone forTerritory(String territory) {
        if (territory == null) {
            return DEFAULT;
        }
        // A client may give the label (« La Réunion ») where the code (la-reunion) is expected.
        String code = Normalizer.normalize(territory.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\s']+", "-");
        return Arrays.stream(values()).filter(z -> z.territories.contains(code)).findFirst().orElse(DEFAULT);
    }

    public ZoneId zone() {
        return zone;
    }

    public String id() {
        return zone.getId();
    }

    /** Where it applies, for the form's select: « Guyane ». */
    public String label() {
        return UiText.format("training.zone." + key);
    }

    /** The time it names, after an hour: « heure de Guyane ». */
    public String timeName() {
        return UiText.format("training.zone." + key + ".time");
    }
}

package fr.bocage.network.actor;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.portal.form.FormFields;
import fr.bocage.portal.form.FormOption;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actor's own fields of the contributors' form (the name, description, themes and territory are the
 * description's, {@code MetadataForm}): those of the actor, or those just typed when the form comes back with an
 * error. The contact address is never shown back, even to its editors: left empty, it is kept.
 */
public final class ActorForm {
    static final List<String> NAMES = List.of("kind", "siren", "commune", "country", "website", "engagement", "engagedSince",
            "contactEmail");

    /** The fields as the page lists them, after the description's. */
    static final FormFields FIELDS = FormFields.METADATA.then(NAMES, path -> path);

    private final Map<String, String> text;

    private ActorForm(Map<String, String> text) {
        this.text = text;
    }

    static ActorForm empty() {
        return new ActorForm(Map.of());
    }

    static ActorForm of(Actor a) {
        Map<String, String> text = new HashMap<>();
        text.put("kind", a.getKind().code());
        text.put("siren", a.getSiren());
        text.put("commune", a.getCommune());
        text.put("country", a.getCountry());
        text.put("website", a.getWebsite());
        text.put("engagement", a.getEngagement() == null ? null : a.getEngagement().code());
        text.put("engagedSince", a.getEngagedSince() == null ? null : a.getEngagedSince().toString());
        // Never shown, even to its editors: the field stays empty, and empty keeps it.
        text.put("hasContact", a.contactEmail() == null ? null : "true");
        return new ActorForm(text);
    }

    static ActorForm typed(HttpServletRequest request) {
        Map<String, String> text = new HashMap<>();
        NAMES.forEach(name -> text.put(name, request.getParameter(name)));
        text.put("hasContact", request.getParameter("hasContact"));
        return new ActorForm(text);
    }

    static ActorInput read(HttpServletRequest request, MetadataInput metadata) {
        return new ActorInput(metadata, request.getParameter("kind"), request.getParameter("siren"),
                request.getParameter("commune"), request.getParameter("website"), request.getParameter("engagement"),
                year(request.getParameter("engagedSince")), request.getParameter("contactEmail"),
                request.getParameter("removeContactEmail") != null, request.getParameter("country"));
    }

    /** A year that is no number is out of range: validation then says what is expected. */
    private static Integer year(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public Map<String, String> getText() {
        return text;
    }

    public List<FormOption> getKinds() {
        return Arrays.stream(ActorKind.values())
                .map(k -> new FormOption(k.code(), k.label(), k.code().equals(text.get("kind")))).toList();
    }

    public List<FormOption> getEngagements() {
        return Arrays.stream(EngagementScheme.values())
                .map(e -> new FormOption(e.code(), e.label(), e.code().equals(text.get("engagement")))).toList();
    }
}

package fr.bocage.network.partnership;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.portal.form.FormFields;
import fr.bocage.portal.form.FormOption;
import fr.bocage.portal.form.TypedNumbers;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The partnership fields of the moderators' form (the description has its own, {@code MetadataForm}): the values,
 * those of the partnership or those just typed when the form comes back with an error. Objectives are typed one per
 * line; parties are chosen among the published actors.
 */
public final class PartnershipForm {
    private static final List<String> TEXT = List.of("scale", "startYear", "endYear", "budget", "programme",
            "objectives");

    /** The fields as the page lists them, for the errors' summary; an objective's error is the objectives' field. */
    static final FormFields FIELDS = FormFields.METADATA.then(List.of("scale", "startYear", "endYear", "budget",
            "programme", "parties", "objectives"), path -> path.replaceFirst("^objectives\\[\\d+]\\.?.*$", "objectives")
                    .replaceFirst("^parties\\[\\d+]\\.?.*$", "parties"));

    private final Map<String, String> text;
    private final Set<String> parties;
    private final List<FormOption> actors;
    private final List<FormOption> programmes;

    private PartnershipForm(Map<String, String> text, Set<String> parties, Map<String, Long> actors,
            List<Programme> programmes) {
        this.text = text;
        this.parties = parties;
        this.actors = actors.entrySet().stream().map(a -> new FormOption(a.getValue().toString(), a.getKey(),
                parties.contains(a.getValue().toString()))).toList();
        this.programmes = programmes.stream().map(p -> new FormOption(p.getId().toString(), p.getName(),
                p.getId().toString().equals(text.get("programme")))).toList();
    }

    static PartnershipForm empty(Map<String, Long> actors, List<Programme> programmes) {
        return new PartnershipForm(Map.of(), Set.of(), actors, programmes);
    }

    static PartnershipForm of(Partnership p, Map<String, Long> actors, List<Programme> programmes) {
        Map<String, String> text = new HashMap<>();
        text.put("scale", p.getScale().code());
        text.put("startYear", String.valueOf(p.getStartYear()));
        text.put("endYear", p.getEndYear() == null ? null : p.getEndYear().toString());
        text.put("budget", p.getBudget() == null ? null : p.getBudget().toPlainString());
        text.put("programme", p.getProgrammeId() == null ? null : p.getProgrammeId().toString());
        text.put("objectives", String.join("\n", p.getObjectives()));
        return new PartnershipForm(text, p.getParties().stream().map(String::valueOf).collect(Collectors.toSet()),
                actors, programmes);
    }

    /** The fields as typed, to show the form again with its error. */
    static PartnershipForm typed(HttpServletRequest request, Map<String, Long> actors, List<Programme> programmes) {
        Map<String, String> text = new HashMap<>();
        TEXT.forEach(name -> text.put(name, request.getParameter(name)));
        String[] chosen = request.getParameterValues("parties");
        return new PartnershipForm(text, chosen == null ? Set.of() : Set.of(chosen).stream().collect(Collectors.toSet()),
                actors, programmes);
    }

    /** The partnership a posted form describes. */
    static PartnershipInput read(HttpServletRequest request, MetadataInput metadata) {
        String[] chosen = request.getParameterValues("parties");
        String objectives = request.getParameter("objectives");
        return new PartnershipInput(metadata, request.getParameter("scale"),
                year(request, "startYear"), year(request, "endYear"),
                TypedNumbers.euros(request.getParameter("budget"), "budget", "partnership.budget.invalid"),
                id(request.getParameter("programme")),
                chosen == null ? List.of() : Arrays.stream(chosen).map(PartnershipForm::id).toList(),
                objectives == null ? List.of() : objectives.lines().map(String::strip).filter(l -> !l.isEmpty())
                        .toList());
    }

    private static Integer year(HttpServletRequest request, String field) {
        return TypedNumbers.whole(request.getParameter(field), field, "partnership.year.invalid");
    }

    /** A choice of a select: an id, or nothing (a forged value is no id, and the service then names the field). */
    private static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public Map<String, String> getText() {
        return text;
    }

    public List<FormOption> getScales() {
        return Arrays.stream(PartnershipScale.values())
                .map(s -> new FormOption(s.code(), s.label(), s.code().equals(text.get("scale")))).toList();
    }

    public List<FormOption> getActors() {
        return actors;
    }

    public List<FormOption> getProgrammes() {
        return programmes;
    }
}

package fr.bocage.network.membership;

import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.network.actor.ActorKind;
import fr.bocage.portal.form.FormFields;
import fr.bocage.portal.form.FormOption;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The membership form as the page shows it: what is typed or stored, and the choices of each list (published actors,
 * kinds of organisation, territories, themes).
 *
 * @param text the typed text by field name (role, newActorName, newActorCommune, message)
 * @param checked the ticked boxes by name (showOrganisation, showRole, showTerritory, showEmail, receivesList, consent)
 */
public record MembershipForm(Map<String, String> text, Map<String, Boolean> checked, List<FormOption> actors,
        List<FormOption> kinds, List<FormOption> territories, List<FormOption> themes) {

    /** The fields as the page names them: a proposed actor's are flat ({@code newActor.name} is newActorName). */
    static final FormFields FIELDS = new FormFields(MembershipInput.FIELDS, path -> switch (path) {
        case "newActor.name", "newActor" -> "newActorName";
        case "newActor.kind" -> "newActorKind";
        case "newActor.commune" -> "newActorCommune";
        default -> path;
    });

    private static final List<String> BOXES = List.of("showOrganisation", "showRole", "showTerritory", "showEmail",
            "receivesList", "consent");

    /** What the person sends: a proposed organisation only when a name is typed. */
    static MembershipInput read(HttpServletRequest request) {
        String actor = request.getParameter("actorId");
        Long actorId = actor != null && actor.matches("\\d{1,18}") ? Long.valueOf(actor) : null;
        String name = request.getParameter("newActorName");
        MembershipInput.ProposedActor proposed = name == null || name.isBlank() ? null
                : new MembershipInput.ProposedActor(name, request.getParameter("newActorKind"),
                        request.getParameter("newActorCommune"));
        String[] interests = request.getParameterValues("interests");
        return new MembershipInput(proposed == null ? actorId : null, proposed, request.getParameter("role"),
                request.getParameter("territory"), interests == null ? List.of() : Arrays.asList(interests),
                box(request, "showOrganisation"), box(request, "showRole"), box(request, "showTerritory"),
                box(request, "showEmail"), box(request, "receivesList"), box(request, "consent"));
    }

    /** A new request: organisation and role shown, the e-mail kept private, the list received. */
    static MembershipForm empty(Map<String, Long> actors, Vocabularies vocabularies) {
        return of(new MemberProfile(null, null, null, Set.of(), true, true, true, false, true), actors, vocabularies);
    }

    static MembershipForm of(MemberProfile profile, Map<String, Long> actors, Vocabularies vocabularies) {
        Map<String, String> text = Map.of("role", profile.role() == null ? "" : profile.role());
        Map<String, Boolean> checked = Map.of("showOrganisation", profile.showOrganisation(),
                "showRole", profile.showRole(), "showTerritory", profile.showTerritory(),
                "showEmail", profile.showEmail(), "receivesList", profile.receivesList(), "consent", false);
        String actorId = profile.actorId() == null ? null : profile.actorId().toString();
        return new MembershipForm(text, checked, actorOptions(actors, actorId), kindOptions(null),
                options(vocabularies, VocabularyKind.TERRITORY, Set.of(String.valueOf(profile.territory()))),
                options(vocabularies, VocabularyKind.THEME, profile.interests()));
    }

    /** What was typed, back on the page with the errors. */
    static MembershipForm typed(HttpServletRequest request, Map<String, Long> actors, Vocabularies vocabularies) {
        Map<String, String> text = Map.of("role", value(request, "role"),
                "newActorName", value(request, "newActorName"), "newActorCommune", value(request, "newActorCommune"));
        Map<String, Boolean> checked = new java.util.HashMap<>();
        BOXES.forEach(box -> checked.put(box, box(request, box)));
        String[] interests = request.getParameterValues("interests");
        return new MembershipForm(text, checked, actorOptions(actors, request.getParameter("actorId")),
                kindOptions(request.getParameter("newActorKind")),
                options(vocabularies, VocabularyKind.TERRITORY, Set.of(value(request, "territory"))),
                options(vocabularies, VocabularyKind.THEME, interests == null ? Set.of() : new java.util.HashSet<>(Arrays.asList(interests))));
    }

    private static List<FormOption> actorOptions(Map<String, Long> actors, String selected) {
        return actors.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new FormOption(e.getValue().toString(), e.getKey(), e.getValue().toString().equals(selected)))
                .toList();
    }

    private static List<FormOption> kindOptions(String selected) {
        return Arrays.stream(ActorKind.values())
                .map(k -> new FormOption(k.code(), k.label(), k.code().equals(selected))).toList();
    }

    private static List<FormOption> options(Vocabularies vocabularies, VocabularyKind kind, Set<String> selected) {
        return vocabularies.terms(kind).stream()
                .map(t -> new FormOption(t.getCode(), t.getLabel(), selected.contains(t.getCode()))).toList();
    }

    private static boolean box(HttpServletRequest request, String name) {
        return request.getParameter(name) != null;
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }
}

package fr.bocage.network.news;

import fr.bocage.catalog.Resource;
import fr.bocage.network.membership.MembersOnly;
import fr.bocage.portal.form.FormFields;
import fr.bocage.portal.form.FormOption;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of the news form as text: those of the item, or those just typed when the form comes back with an error
 * or a preview. Themes and territory are chosen from the vocabularies ({@code MetadataForm}'s options).
 */
public final class NewsForm {
    static final List<String> NAMES = List.of("title", "lead", "body", "theme", "territory", "network", "membersOnly",
            "date");
    private static final List<String> TEXT = List.of("title", "lead", "body", "territory", "network", "membersOnly",
            "date");

    /**
     * The fields in the page's order; a list's violation path (themes[0]…) names its checkboxes, and the workflow's
     * refusals name the description's fields (the lead is its summary).
     */
    static final FormFields FIELDS = new FormFields(NAMES,
            path -> path.startsWith("themes") ? "theme" : "summary".equals(path) ? "lead" : path);

    private final Map<String, String> text;
    private final List<FormOption> networks;

    private NewsForm(Map<String, String> text, List<FormOption> networks) {
        this.text = text;
        this.networks = networks;
    }

    static NewsForm empty(List<NetworkChoice> networks, LocalDate today) {
        Map<String, String> text = new HashMap<>();
        text.put("date", today.toString());
        return new NewsForm(text, options(networks, null));
    }

    static NewsForm of(Resource resource, News item, String networkSlug, List<NetworkChoice> networks) {
        Map<String, String> text = new HashMap<>();
        text.put("title", resource.getTitle());
        text.put("lead", resource.description().summary());
        text.put("body", item.getBody());
        text.put("territory", resource.description().territory());
        text.put("network", networkSlug);
        text.put("membersOnly", resource.getCircle() == null ? null : MembersOnly.TICKED);
        text.put("date", resource.description().date() == null ? null : resource.description().date().toString());
        return new NewsForm(text, options(networks, networkSlug));
    }

    static NewsForm typed(HttpServletRequest request, List<NetworkChoice> networks) {
        Map<String, String> text = new HashMap<>();
        TEXT.forEach(name -> text.put(name, request.getParameter(name)));
        return new NewsForm(text, options(networks, request.getParameter("network")));
    }

    /** @throws fr.bocage.platform.error.InvalidInput on its field for a date that is none */
    static NewsInput read(HttpServletRequest request) {
        String[] themes = request.getParameterValues("theme");
        return new NewsInput(request.getParameter("title"), request.getParameter("lead"), request.getParameter("body"),
                themes == null ? List.of() : Arrays.asList(themes), request.getParameter("territory"),
                request.getParameter("network"), MembersOnly.TICKED.equals(request.getParameter("membersOnly")),
                date(request.getParameter("date")));
    }

    private static LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            String message = fr.bocage.platform.Messages.format("news.date.invalid", typed);
            throw new fr.bocage.platform.error.InvalidInput(fr.bocage.platform.error.InvalidInput.Reason.INVALID,
                    message, Map.of("date", message));
        }
    }

    private static List<FormOption> options(List<NetworkChoice> networks, String selected) {
        return networks.stream().map(n -> new FormOption(n.slug(), n.name(), n.slug().equals(selected))).toList();
    }

    public Map<String, String> getText() {
        return text;
    }

    /** The networks the writer may put the item in; empty when none (the field is then not shown). */
    public List<FormOption> getNetworks() {
        return networks;
    }

    /** A network the writer may choose. */
    record NetworkChoice(String slug, String name) {
    }
}

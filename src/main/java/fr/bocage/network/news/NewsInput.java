package fr.bocage.network.news;

import fr.bocage.catalog.MetadataInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A news item as a client sends it: title, lead (chapô, at most 600 characters), body in Markdown, themes and
 * territory (codes or labels), the slug of its network (optional), whether it is reserved to that network's members
 * (absent: no) and its publication date (today when absent).
 */
public record NewsInput(
        @NotBlank(message = "{bocage.news.title.required}")
        @Size(max = 500, message = "{bocage.title.size}") String title,
        @NotBlank(message = "{bocage.news.lead.required}")
        @Size(max = LEAD_MAX, message = "{bocage.news.lead.size}") String lead,
        @NotBlank(message = "{bocage.news.body.required}")
        @Size(max = BODY_MAX, message = "{bocage.news.body.size}") String body,
        @Size(max = 20, message = "{bocage.list.size}")
        List<@Size(max = 200, message = "{bocage.code.size}") String> themes,
        @Size(max = 200, message = "{bocage.code.size}") String territory,
        @Size(max = 80, message = "{bocage.code.size}")
        @Pattern(regexp = "[a-z0-9-]+", message = "{bocage.news.network.invalid}") String network,
        Boolean membersOnly,
        LocalDate date) {

    public static final int LEAD_MAX = 600;
    public static final int BODY_MAX = 20000;
    public static final int ALT_MAX = 300;

    public NewsInput {
        title = blankToNull(title);
        lead = blankToNull(lead);
        body = body == null || body.isBlank() ? null : body.strip();
        themes = themes == null ? List.of() : themes.stream().filter(t -> t != null && !t.isBlank()).toList();
        territory = blankToNull(territory);
        network = blankToNull(network);
        membersOnly = Boolean.TRUE.equals(membersOnly);
    }

    /** The resource's description: the lead is its summary, the publication date its date (which search sorts by). */
    MetadataInput metadata(LocalDate today) {
        LocalDate published = date == null ? today : date;
        return new MetadataInput(title, lead, NewsRepository.TYPE, themes, territory, null, published.getYear(),
                published, "fr", null, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package fr.bocage.network.project;

import fr.bocage.network.news.NewsInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A news item posted from a project's space: title, lead (chapô) and body in Markdown; for the members only unless
 * {@code forEverybody}, which sends it to the usual moderation with its themes and territory (required there) and
 * links it to the project's public page once published.
 */
public record SpaceNewsInput(
        @NotBlank(message = "{bocage.news.title.required}")
        @Size(max = 500, message = "{bocage.title.size}") String title,
        @NotBlank(message = "{bocage.news.lead.required}")
        @Size(max = NewsInput.LEAD_MAX, message = "{bocage.news.lead.size}") String lead,
        @NotBlank(message = "{bocage.news.body.required}")
        @Size(max = NewsInput.BODY_MAX, message = "{bocage.news.body.size}") String body,
        Boolean forEverybody,
        @Size(max = 20, message = "{bocage.list.size}")
        List<@Size(max = 200, message = "{bocage.code.size}") String> themes,
        @Size(max = 200, message = "{bocage.code.size}") String territory) {

    public SpaceNewsInput {
        forEverybody = Boolean.TRUE.equals(forEverybody);
        themes = themes == null ? List.of() : themes.stream().filter(t -> t != null && !t.isBlank()).toList();
        territory = territory == null || territory.isBlank() ? null : territory.strip();
    }

    /** The item as the news feature takes it: no network; its visibility is the project's to decide. */
    NewsInput news() {
        return new NewsInput(title, lead, body, themes, territory, null, null, null);
    }
}

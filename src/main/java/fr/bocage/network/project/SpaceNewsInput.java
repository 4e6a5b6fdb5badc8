package fr.bocage.network.project;

import fr.bocage.network.news.NewsInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A news item posted in a project's space for its members: title, lead (chapô) and body in Markdown. */
public record SpaceNewsInput(
        @NotBlank(message = "{bocage.news.title.required}")
        @Size(max = 500, message = "{bocage.title.size}") String title,
        @NotBlank(message = "{bocage.news.lead.required}")
        @Size(max = NewsInput.LEAD_MAX, message = "{bocage.news.lead.size}") String lead,
        @NotBlank(message = "{bocage.news.body.required}")
        @Size(max = NewsInput.BODY_MAX, message = "{bocage.news.body.size}") String body) {

    /** The fields, in the form's order. */
    static final List<String> FIELDS = List.of("title", "lead", "body");

    /** The item as the news feature takes it: no network, no themes; its visibility is the project's circle. */
    NewsInput news() {
        return new NewsInput(title, lead, body, List.of(), null, null, null, null);
    }
}

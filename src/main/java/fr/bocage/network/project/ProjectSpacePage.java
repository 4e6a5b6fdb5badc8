package fr.bocage.network.project;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.FormOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A project's private space, {@code /projets/{slug}/espace}.
 *
 * @param runs         whether the caller runs the project (a link to manage its members)
 * @param themes       the themes a news item for everybody may have, the chosen one selected
 * @param territories  the territories, likewise
 * @param documents    the documents shared with the members only
 * @param news         the news items for the members only
 * @param diagnosis    the address of the project's self-diagnosis
 * @param maxMegabytes the largest file accepted
 * @param notice       what was just done ({@code document}, {@code news}), or null
 * @param form         the form the feedback and typed values are for ({@code document}, {@code news}), or null
 * @param typed        what was typed, when a form comes back with errors
 */
public record ProjectSpacePage(String slug, String title, boolean runs, List<FormOption> themes,
        List<FormOption> territories, List<MemberRow> members,
        List<SharedItemView> documents, List<SharedItemView> news, String diagnosis, long maxMegabytes, String notice,
        String form, FormFeedback feedback, Map<String, String> typed) {

    public ProjectSpacePage {
        // A field the form did not send has no value to give back.
        typed = typed == null ? Map.of() : typed.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A member as the pages list them; {@code username} only for those who run the project (to remove them). */
    public record MemberRow(String username, String name, String organisation, String country, String joined) {
    }
}

package fr.bocage.network.project;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.portal.form.FormOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The page of a project's members for those who run it, {@code /projets/{slug}/membres}: its members, the pending
 * invitations, and the form to invite someone for one of the partner organisations.
 *
 * @param notice what was just done ({@code invited}, {@code cancelled}, {@code removed}), or null
 * @param typed  what was typed, when the invitation comes back with errors
 */
public record ProjectMembersPage(String slug, String title, List<ProjectSpacePage.MemberRow> members,
        List<InvitationRow> invitations, List<FormOption> organisations, String notice, FormFeedback feedback,
        Map<String, String> typed) {

    public ProjectMembersPage {
        // A field the form did not send has no value to give back.
        typed = typed == null ? Map.of() : typed.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A pending invitation; {@code expired} when its link no longer works. */
    public record InvitationRow(long id, String email, String organisation, String expires, boolean expired) {
    }
}

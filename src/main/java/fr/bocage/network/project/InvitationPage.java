package fr.bocage.network.project;

import fr.bocage.platform.web.FormFeedback;

/**
 * The page an invitation's link opens, {@code /projets/invitation/{token}}. It acts only on the button's post, since
 * mail scanners follow links.
 *
 * @param error   why the link no longer works, in French; null for a usable one (the rest is then given)
 * @param mode    {@code join} for a signed-in visitor, {@code signin} when the invited address has an account,
 *                {@code create} otherwise
 * @param login   the sign-in page that comes back here
 * @param typed   the name typed, when the account form comes back with errors
 */
public record InvitationPage(String error, String token, String projectTitle, String organisation, String email,
        String mode, String login, FormFeedback feedback, String typed) {

    static InvitationPage refused(String error) {
        return new InvitationPage(error, null, null, null, null, null, null, FormFeedback.NONE, null);
    }
}

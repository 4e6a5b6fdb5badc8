package fr.bocage.network.membership;

import fr.bocage.platform.web.FormFeedback;

/**
 * The membership form, {@code /reseaux/{slug}/adhesion} (a request) or {@code /reseaux/{slug}/profil} (a member's
 * profile). A visitor without an account is offered to log in or sign up first, then comes back to it.
 *
 * @param signedIn false for a visitor: the page then only explains and links
 * @param editing true for a member's profile: no consent asked again, no new organisation proposed
 * @param loginUrl the login page, which brings the visitor back here
 */
public record MembershipFormPage(String networkName, String slug, boolean signedIn, boolean editing, String loginUrl,
        MembershipForm form, FormFeedback feedback) {
}

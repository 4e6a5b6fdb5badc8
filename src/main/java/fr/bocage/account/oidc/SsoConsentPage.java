package fr.bocage.account.oidc;

import fr.bocage.platform.web.FormFeedback;

/** The consent page of a first single sign-on, for the address the provider vouched for. */
public record SsoConsentPage(FormFeedback feedback, String email) {
}

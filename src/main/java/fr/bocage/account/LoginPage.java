package fr.bocage.account;

import fr.bocage.platform.web.FormFeedback;

/** The login page: where to go back after it, and the single sign-on button if a provider is set up. */
public record LoginPage(FormFeedback feedback, String returnTo, ExternalLogin.LoginButton sso) {
}

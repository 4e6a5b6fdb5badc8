package fr.bocage.account;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;

/**
 * The login page: where to go back after it, and the single sign-on button if a provider is set up.
 *
 * @param contributing the visitor was sent here on their way to contribute: the page says why an account is needed
 */
public record LoginPage(FormFeedback feedback, String returnTo, ExternalLogin.LoginButton sso, boolean contributing) {

    LoginPage(FormFeedback feedback, String returnTo, ExternalLogin.LoginButton sso) {
        this(feedback, returnTo, sso, returnTo != null && (returnTo.startsWith(Routes.CONTRIBUTE)
                || returnTo.startsWith(Routes.MY_SPACE)));
    }
}

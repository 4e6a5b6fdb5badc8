package fr.bocage.account;

import fr.bocage.platform.web.FormFeedback;

/** The page of the e-mailed link: its token goes back with the new password. */
public record NewPasswordPage(FormFeedback feedback, String token) {
}

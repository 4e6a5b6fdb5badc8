package fr.bocage.account;

import fr.bocage.platform.web.FormFeedback;

public record ForgottenPasswordPage(FormFeedback feedback) {
}

package fr.bocage.training.registrants;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.training.webinar.WebinarCard;

/**
 * The page a registration request's e-mailed link opens: the webinar, and the button that confirms.
 *
 * @param token the link's token, posted back to confirm
 * @param webinar the webinar asked for; null when the link is not (or no longer) valid, or for another event
 * @param event the other event asked for (a course session); null for a webinar or an invalid link
 */
public record ConfirmPage(String token, WebinarCard webinar, EventHeading event, FormFeedback feedback) {
}

package fr.bocage.training.registrants;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.training.webinar.WebinarCard;

/**
 * The page a registration e-mail's personal link opens, and what cancelling there answers.
 *
 * @param token the link's token, posted back to cancel
 * @param webinar the registration's webinar; null when the token is not (or no longer) valid, once cancelled, or
 *                for another event
 * @param event the registration's other event (a course session), as {@code webinar} is for webinars
 * @param confirmed whether the person holds a place (else they wait)
 * @param joinUrl the joining link, for a confirmed person until the end
 * @param cancelled whether the registration was just cancelled
 */
public record CancelPage(String token, WebinarCard webinar, EventHeading event, boolean confirmed, String joinUrl, boolean cancelled,
                         FormFeedback feedback) {
}

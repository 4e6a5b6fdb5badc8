package fr.bocage.training.registrants;

import fr.bocage.platform.web.FormFeedback;
import java.util.List;

/**
 * A webinar's registrants, for its trainer and the administrators, with what a change of them answered.
 *
 * @param toErase the registration whose erasure waits for its confirmation, else null
 */
public record RegistrantsPage(long webinarId, String title, List<RegistrationView> registrants,
                              FormFeedback feedback) {
}

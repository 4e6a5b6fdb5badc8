package fr.bocage.training.registrants;

import fr.bocage.platform.web.FormFeedback;
import fr.bocage.platform.web.Routes;
import fr.bocage.event.registration.EventKey;
import fr.bocage.event.registration.RegisteredEvent;
import java.util.List;

/**
 * An event's registrants (a webinar's, a course session's), for its trainer and the administrators, with what a
 * change of them answered.
 *
 * @param webinarId the event's resource: a webinar's, or a course's
 * @param when null for a webinar; a course session's date, which tells it from the course's others
 * @param backUrl the event's page
 * @param csvUrl the registrants as a CSV file
 */
public record RegistrantsPage(long webinarId, String title, String when, String backUrl, String csvUrl,
                              List<RegistrationView> registrants, FormFeedback feedback) {

    static RegistrantsPage of(RegisteredEvent event, List<RegistrationView> registrants, FormFeedback feedback) {
        EventKey key = event.key();
        boolean session = key.session() != EventKey.WHOLE;
        return new RegistrantsPage(key.resource(), event.title(), session ? event.heading() : null, event.page(),
                "/api/webinars/" + key.resource() + "/registrations.csv" + (session ? "?session=" + key.session() : ""),
                registrants, feedback);
    }

    /** The registrants' page of an event. */
    public static String url(EventKey key) {
        return Routes.REGISTRANTS + key.resource()
                + (key.session() == EventKey.WHOLE ? "" : "?session=" + key.session());
    }
}

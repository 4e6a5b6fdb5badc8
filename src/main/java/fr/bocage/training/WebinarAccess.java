package fr.bocage.training;

import fr.bocage.account.Role;
import fr.bocage.catalog.Caller;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.ApiException;
import fr.bocage.platform.Messages;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Who runs a webinar: its trainer (who created it), the moderators and the administrators. */
final class WebinarAccess {
    private WebinarAccess() {
    }

    static boolean runs(Resource webinar, Caller caller) {
        return TrainingAccess.runs(webinar, caller);
    }

    /** Registrants' personal data are for the webinar's own trainer and the administrators, not for moderators. */
    static boolean readsRegistrants(Resource webinar, boolean admin, Caller caller) {
        return admin || caller.owns(webinar);
    }

    static void requireRegistrantsReader(Resource webinar, SecurityContext context) {
        if (!readsRegistrants(webinar, context.isUserInRole(Role.ADMIN), Caller.of(context))) {
            throw new ApiException(Response.Status.FORBIDDEN,
                    Messages.format("webinar.registrations.forbidden", webinar.getId()));
        }
    }

    /** The same check by the webinar's id: 404 for anything that is not a webinar. */
    static void requireRegistrantsReader(long id, Webinars webinars, ResourceRepository resources,
            SecurityContext context) {
        webinars.existing(id);
        requireRegistrantsReader(resources.existing(id), context);
    }

    static void requireRunner(Resource webinar, Caller caller) {
        TrainingAccess.requireRunner(webinar, caller, "webinar.forbidden");
    }
}

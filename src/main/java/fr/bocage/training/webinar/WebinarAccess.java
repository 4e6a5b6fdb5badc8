package fr.bocage.training.webinar;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import fr.bocage.training.TrainingAccess;


/** Who runs a webinar: its trainer (who created it), the moderators and the administrators. */
public final class WebinarAccess {
    private WebinarAccess() {
    }

    static boolean runs(Resource webinar, Caller caller) {
        return TrainingAccess.runs(webinar, caller);
    }

    /**
     * Registrants' personal data are for the webinar's own trainer, while they hold the trainer role, and the
     * administrators; not for moderators.
     */
    public static boolean readsRegistrants(Resource webinar, Caller caller) {
        return caller.admin() || caller.has(Role.TRAINER) && caller.owns(webinar);
    }

    public static void requireRegistrantsReader(Resource webinar, Caller caller) {
        if (!readsRegistrants(webinar, caller)) {
            throw new Forbidden(Messages.format("webinar.registrations.forbidden", webinar.getId()));
        }
    }

    /** The same check by the webinar's id: 404 for anything that is not a webinar. */
    public static void requireRegistrantsReader(long id, WebinarRepository webinars, ResourceRepository resources,
            Caller caller) {
        webinars.existing(id);
        requireRegistrantsReader(resources.existing(id), caller);
    }

    static void requireRunner(Resource webinar, Caller caller) {
        TrainingAccess.requireRunner(webinar, caller, "webinar.forbidden");
    }
}

package fr.bocage.training;

import fr.bocage.catalog.Caller;
import fr.bocage.catalog.Resource;
import fr.bocage.platform.ApiException;
import fr.bocage.platform.Messages;
import jakarta.ws.rs.core.Response;

/** Who runs a training, a webinar or a course: its trainer (who created it), the moderators, the administrators. */
final class TrainingAccess {
    private TrainingAccess() {
    }

    static boolean runs(Resource training, Caller caller) {
        return caller.ownsOrModerates(training);
    }

    /** @param forbidden the key of the 403's message, given the training's id */
    static void requireRunner(Resource training, Caller caller, String forbidden) {
        if (!runs(training, caller)) {
            throw new ApiException(Response.Status.FORBIDDEN, Messages.format(forbidden, training.getId()));
        }
    }
}

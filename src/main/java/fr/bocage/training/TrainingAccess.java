package fr.bocage.training;

import fr.bocage.catalog.Resource;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;



/**
 * Who runs a training, a webinar or a course: its trainer (who created it and still holds the trainer role), the
 * moderators, the administrators.
 */
public final class TrainingAccess {
    private TrainingAccess() {
    }

    public static boolean runs(Resource training, Caller caller) {
        return caller.moderator() || caller.has(Role.TRAINER) && caller.owns(training);
    }

    /** @param forbidden the key of the 403's message, given the training's id */
    public static void requireRunner(Resource training, Caller caller, String forbidden) {
        if (!runs(training, caller)) {
            throw new Forbidden(Messages.format(forbidden, training.getId()));
        }
    }
}

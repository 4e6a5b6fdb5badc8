package fr.bocage.network.newsletter;

import fr.bocage.network.membership.Networks;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who composes and sends the newsletter: its animators, the moderators and administrators, and the animator of any
 * network (the letter speaks for the networks too). The one place that decides it: the REST resource and the editor's
 * pages let every signed-in role through and ask here.
 */
@ApplicationScoped
public class Animators {

    @Inject
    Networks networks;

    public boolean may(Caller caller) {
        return caller.moderator()
                || caller.username() != null && !networks.animatedBy(caller.username()).isEmpty();
    }

    /** @throws Forbidden for anybody else */
    void require(Caller caller) {
        if (!may(caller)) {
            throw new Forbidden(Messages.get("newsletter.animators.only"));
        }
    }
}

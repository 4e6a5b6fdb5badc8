package fr.bocage.network.newsletter;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Forbidden;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Role;
import java.util.Set;

/**
 * Who composes and sends the newsletter: its animators. For now the moderators and administrators; the networks'
 * animators (another part of issue 14) will be added here, the one place that decides it (the REST resource's
 * {@code @RolesAllowed} lists {@link #ROLES} too).
 */
public final class Animators {
    /** The roles that animate the newsletter today. */
    static final Set<String> ROLES = Set.of(Role.MODERATOR, Role.ADMIN);

    private Animators() {
    }

    public static boolean may(Caller caller) {
        return caller.moderator();
    }

    /** @throws Forbidden for anybody else */
    static void require(Caller caller) {
        if (!may(caller)) {
            throw new Forbidden(Messages.get("newsletter.animators.only"));
        }
    }
}

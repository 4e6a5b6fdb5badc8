package fr.bocage.catalog;

import fr.bocage.account.Role;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.function.Predicate;

/**
 * Who makes a request, as the catalog's rules see it: a user name (null when anonymous) and whether they moderate
 * (moderators and administrators).
 */
public record Caller(String username, boolean moderator) {
    public static final Caller ANONYMOUS = new Caller(null, false);

    public static Caller of(SecurityContext context) {
        return of(context.getUserPrincipal(), context::isUserInRole);
    }

    /** The caller of a servlet or a REST resource alike: {@code inRole} is the container's role test. */
    public static Caller of(Principal principal, Predicate<String> inRole) {
        if (principal == null) {
            return ANONYMOUS;
        }
        return new Caller(principal.getName(), inRole.test(Role.ADMIN) || inRole.test(Role.MODERATOR));
    }

    /** Its owner and the moderators: who follow a resource's moderation, and who run a training. */
    public boolean ownsOrModerates(Resource resource) {
        return moderator || owns(resource);
    }

    public boolean owns(Resource resource) {
        return username != null && username.equals(resource.getCreatedBy());
    }

    /** The caller as the workflow sees them, for this resource. */
    public Workflow.Actor on(Resource resource) {
        return new Workflow.Actor(owns(resource), moderator);
    }
}

package fr.bocage.catalog;

import fr.bocage.account.Role;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Who makes a request, as the catalog's rules see it: a user name (null when anonymous) and whether they moderate
 * (moderators and administrators).
 */
public record Caller(String username, boolean moderator) {
    public static final Caller ANONYMOUS = new Caller(null, false);

    public static Caller of(SecurityContext context) {
        if (context.getUserPrincipal() == null) {
            return ANONYMOUS;
        }
        return new Caller(context.getUserPrincipal().getName(),
                context.isUserInRole(Role.ADMIN) || context.isUserInRole(Role.MODERATOR));
    }

    public boolean owns(Resource resource) {
        return username != null && username.equals(resource.getCreatedBy());
    }

    /** The caller as the workflow sees them, for this resource. */
    public Workflow.Actor on(Resource resource) {
        return new Workflow.Actor(owns(resource), moderator);
    }
}

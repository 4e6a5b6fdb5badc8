package fr.bocage.platform.rest;

import fr.bocage.platform.security.Caller;
import jakarta.ws.rs.core.SecurityContext;

/** The caller of a REST request, as the rules below the REST classes see it. */
public final class Callers {
    private Callers() {
    }

    public static Caller of(SecurityContext context) {
        return Caller.of(context.getUserPrincipal(), context::isUserInRole);
    }
}

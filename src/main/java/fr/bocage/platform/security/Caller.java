package fr.bocage.platform.security;

import java.security.Principal;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Who makes a request, as the rules see it: a user name (null when anonymous) and the roles they hold now (read
 * again on every request, so a role taken away applies at once).
 */
public record Caller(String username, Set<String> roles) {
    public static final Caller ANONYMOUS = new Caller(null, Set.of());

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The caller of a servlet or a REST resource alike: {@code inRole} is the container's role test. */
    public static Caller of(Principal principal, Predicate<String> inRole) {
        if (principal == null) {
            return ANONYMOUS;
        }
        return new Caller(principal.getName(), Role.ALL.stream().filter(inRole).collect(Collectors.toSet()));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean admin() {
        return has(Role.ADMIN);
    }

    /** Moderators and administrators: they see and decide on everybody's contributions. */
    public boolean moderator() {
        return admin() || has(Role.MODERATOR);
    }

    /** Its owner and the moderators: who follow a resource's moderation, and who run a training. */
    public boolean ownsOrModerates(Owned item) {
        return moderator() || owns(item);
    }

    public boolean owns(Owned item) {
        return username != null && item.ownedBy(username);
    }
}

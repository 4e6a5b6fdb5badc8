package fr.bocage.account;

import fr.bocage.platform.security.Role;
import java.util.Set;

/** The person logged in to the portal, as the pages show them (request attribute {@value #ATTRIBUTE}). */
public final class CurrentUser {
    public static final String ATTRIBUTE = "currentUser";

    private final String username;
    private final String name;
    private final String email;
    private final Set<String> roles;

    CurrentUser(String username, String name, String email, Set<String> roles) {
        this.username = username;
        this.email = email;
        this.name = name == null || name.isBlank() ? username : name;
        this.roles = Set.copyOf(roles);
    }

    static CurrentUser of(Account account) {
        return new CurrentUser(account.getUsername(), account.getDisplayName(), account.getEmail(),
                account.getRoles());
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    /** Their confirmed address: a webinar page recognises their registration by it. */
    public String getEmail() {
        return email;
    }

    Set<String> roles() {
        return roles;
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** Moderators and administrators: they see the moderation link. */
    public boolean isModerator() {
        return isAdmin() || roles.contains(Role.MODERATOR);
    }
}

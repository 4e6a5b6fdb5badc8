package fr.bocage.account;

import fr.bocage.platform.security.Role;
import java.util.Set;
import java.util.function.LongSupplier;

/** The person logged in to the portal, as the pages show them (request attribute {@value #ATTRIBUTE}). */
public final class CurrentUser {
    public static final String ATTRIBUTE = "currentUser";

    private final String username;
    private final String name;
    private final String email;
    private final Set<String> roles;
    /** Counts what waits for moderation, when the header asks; null for the cached user, shared by requests. */
    private final LongSupplier waitingCount;
    private Long waiting;

    CurrentUser(String username, String name, String email, Set<String> roles) {
        this(username, name, email, roles, null);
    }

    private CurrentUser(String username, String name, String email, Set<String> roles, LongSupplier waitingCount) {
        this.username = username;
        this.email = email;
        this.name = name == null || name.isBlank() ? username : name;
        this.roles = Set.copyOf(roles);
        this.waitingCount = waitingCount;
    }

    /** The user for one request, whose header counts what waits for moderation if they moderate, once at most. */
    CurrentUser forRequest(LongSupplier waitingCount) {
        return new CurrentUser(username, name, email, roles, isModerator() ? waitingCount : null);
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

    /** How many contributions wait for moderation: counted for moderators only, 0 for anybody else. */
    public long getWaiting() {
        if (waiting == null) {
            waiting = waitingCount == null ? 0 : waitingCount.getAsLong();
        }
        return waiting;
    }

    /** Moderators and administrators: they see the moderation link. */
    public boolean isModerator() {
        return isAdmin() || roles.contains(Role.MODERATOR);
    }
}

package fr.bocage.moderation;

import fr.bocage.account.AccountRepository;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * The names moderators know people by, for the user names a page shows: the account's display name, or the user
 * name itself for an account without one (or without an account, like the demo content's owner).
 */
record People(Map<String, String> names) {

    static People of(Collection<String> usernames, AccountRepository accounts) {
        return new People(accounts.displayNames(usernames.stream().filter(Objects::nonNull).toList()));
    }

    String name(String username) {
        return username == null ? "" : names.getOrDefault(username, username);
    }
}

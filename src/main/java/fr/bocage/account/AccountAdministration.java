package fr.bocage.account;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/** What administrators change on accounts: roles and whether the account may log in. */
@ApplicationScoped
public class AccountAdministration {

    @Inject
    AccountRepository accounts;

    @Inject
    Event<AccountChanged> changed;

    /** @param actor the administrator's user name: they may not take the admin role from themselves */
    @Transactional
    public Account setRoles(String actor, String username, Set<String> roles) {
        for (String role : roles) {
            // A JSON list may hold null: an unknown role, not a null pointer.
            if (role == null || !Role.ALL.contains(role)) {
                throw new InvalidInput(Messages.format("account.role.unknown", role, String.join(", ", Role.ALL)));
            }
        }
        Account account = find(username);
        if (account.getUsername().equals(actor) && !roles.contains(Role.ADMIN)) {
            throw new Conflict(Messages.get("account.self.admin"));
        }
        account.setRoles(roles);
        changed.fire(new AccountChanged(account.getUsername()));
        return account;
    }

    /** @param actor the administrator's user name: they may not disable themselves */
    @Transactional
    public Account setEnabled(String actor, String username, boolean enabled) {
        Account account = enabled ? find(username) : checkDisable(actor, username);
        account.setEnabled(enabled);
        changed.fire(new AccountChanged(account.getUsername()));
        return account;
    }

    /** The account, if the actor may disable it (not their own): a page asks for a confirmation only then. */
    @Transactional
    public Account checkDisable(String actor, String username) {
        Account account = find(username);
        if (account.getUsername().equals(actor)) {
            throw new Conflict(Messages.get("account.self.disable"));
        }
        return account;
    }

    private Account find(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new NotFound(Messages.format("account.not-found", username)));
    }
}

package fr.bocage.account;

import java.util.Set;

/** One line of the administrators' list of accounts. */
public final class AccountRow {
    private final Account account;
    private final String territoryLabel;
    private final boolean self;

    AccountRow(Account account, String territoryLabel, boolean self) {
        this.account = account;
        this.territoryLabel = territoryLabel;
        this.self = self;
    }

    public String getUsername() {
        return account.getUsername();
    }

    public String getName() {
        return account.getDisplayName();
    }

    public String getEmail() {
        return account.getEmail();
    }

    public String getOrganisation() {
        return account.getOrganisation();
    }

    public String getTerritory() {
        return territoryLabel;
    }

    public Set<String> getRoles() {
        return account.getRoles();
    }

    public boolean isVerified() {
        return account.isEmailVerified();
    }

    public boolean isEnabled() {
        return account.isEnabled();
    }

    /** The administrator looking at the list: they cannot drop their own admin role nor disable themselves. */
    public boolean isSelf() {
        return self;
    }
}

package fr.bocage.account.oidc;

import fr.bocage.account.Account;
import fr.bocage.account.AccountTaken;
import fr.bocage.account.SessionLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;

/** The end of a single sign-on, on the provider's return or after the consent page: the account, then the login. */
@ApplicationScoped
public class OidcSignOn {

    @Inject
    OidcAccounts accounts;

    /**
     * @param consentedAt when the person accepted the terms on the consent page, null on the provider's return
     * @return whether the person is logged in; false when they must first accept the terms
     */
    boolean logIn(OidcIdentity identity, Instant consentedAt, HttpServletRequest request) throws OidcRefusal {
        Optional<Account> account = accountFor(identity, consentedAt);
        account.ifPresent(a -> SessionLogin.start(request, a.getUsername()));
        return account.isPresent();
    }

    /**
     * Two first logins of one person at once (two tabs, a double click) both try to create the account: the one
     * that loses tries again in a new transaction, and finds the account the other created.
     *
     * <p>If the name is still taken then, it is by an account that bears the address as its user name but not as
     * its address. Bocage makes none (administrators' user names cannot hold an {@code @}), but an older or
     * imported one is not taken over: nobody checked that the mailbox's owner is the person it was made for, and
     * its roles may be a moderator's or an administrator's. Its holder logs in with its password.
     */
    private Optional<Account> accountFor(OidcIdentity identity, Instant consentedAt) throws OidcRefusal {
        try {
            return accounts.accountFor(identity, consentedAt);
        } catch (AccountTaken e) {
            try {
                return accounts.accountFor(identity, consentedAt);
            } catch (AccountTaken again) {
                throw new OidcRefusal(OidcRefusal.Reason.TAKEN, "an account is named " + identity.email()
                        + " without having it as its address", again);
            }
        }
    }
}

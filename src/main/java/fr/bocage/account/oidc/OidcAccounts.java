package fr.bocage.account.oidc;

import fr.bocage.account.Account;
import fr.bocage.account.AccountChanged;
import fr.bocage.account.AccountRepository;
import fr.bocage.account.PasswordHasher;
import fr.bocage.account.oidc.OidcRefusal.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The account a single sign-on opens: the one of the e-mail address, or a new contributor's. Only an address the
 * provider says it verified is used: linking on an unverified one would let anyone who types a victim's address at
 * a lax provider into the victim's account.
 */
@ApplicationScoped
public class OidcAccounts {
    private final SecureRandom random = new SecureRandom();

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    OidcSettings settings;

    @Inject
    Event<AccountChanged> changed;

    /**
     * @param consentedAt when the person accepted the terms of use on the consent page, null before they were asked
     * @return the account to log in; empty when the person must first accept the terms: their account does not
     *         exist yet, or nobody accepted them for it (an account made by single sign-on before they were asked),
     *         or they were accepted by whoever registered the address without proving it was theirs
     * @throws AccountTaken when a login of the same person at the same moment created the account first: this
     *                      transaction is lost, and the next call finds that account
     */
    @Transactional
    public Optional<Account> accountFor(OidcIdentity identity, Instant consentedAt) throws OidcRefusal {
        if (!identity.emailVerified()) {
            throw new OidcRefusal(Reason.UNVERIFIED, "the provider does not vouch for " + identity.email());
        }
        Optional<Account> known = accounts.findByEmail(identity.email());
        if (known.isEmpty()) {
            return Optional.ofNullable(consentedAt).map(at -> accounts.saveNew(Account.singleSignOn(identity.email(),
                    unusablePassword(), identity.name(), settings.issuer().getValue(), at)));
        }
        Account account = known.get();
        if (!account.isEnabled()) {
            throw new OidcRefusal(Reason.DISABLED, "account " + account.getUsername() + " is disabled");
        }
        if (account.getTermsAcceptedAt() == null || !account.isEmailVerified()) {
            if (consentedAt == null) {
                return Optional.empty();
            }
            account.acceptTerms(consentedAt);
        }
        if (!account.isEmailVerified()) {
            // Someone may have registered this address with a password of their own before its owner came (account
            // pre-hijacking): the provider proves the address is this person's, so it is confirmed and that
            // password is dropped (the forgotten-password link sets a new one).
            Instant now = Instant.now();
            account.changePassword(unusablePassword(), now);
            account.emailVerified(now);
            changed.fire(new AccountChanged(account.getUsername()));
        }
        return Optional.of(account);
    }

    /** The hash of 256 random bits nobody is told: no password opens the account. */
    private String unusablePassword() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return hasher.hash(Base64.getEncoder().encodeToString(secret));
    }
}

package fr.bocage.account;

import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Self-registration: the account is created as a contributor and can log in once its e-mail is confirmed. */
@ApplicationScoped
public class SignUp {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Vocabularies vocabularies;

    @Inject
    AccountMails mails;

    @Inject
    AccountTokenRepository tokens;

    @Inject
    MailQuota quota;

    /**
     * @throws DomainException 400 for an unknown territory, 409 when the address already has an account: the one
     *                      place that tells whether an address is known, since the person must be told to log in
     *                      instead (every other form answers the same either way); 429 when too many e-mails
     *                      went to this address or were asked from this client
     */
    @Transactional
    public Account register(NewRegistration input, String client) {
        String territory = vocabularies.code(VocabularyKind.TERRITORY, input.territory());
        // Counted before the address is looked up: a spent quota answers 429 whether it has an account or not.
        quota.take(input.email(), client);
        if (accounts.findByEmail(input.email()).isPresent()) {
            throw new Conflict(Messages.get("account.email.exists"));
        }
        Account account;
        try {
            // Also taken: an account an administrator named after this address, which has no address of its own.
            account = accounts.saveNew(Account.selfRegistered(input.email(), hasher.hash(input.password()),
                    input.name().strip(), input.organisation().strip(), territory, Instant.now()));
        } catch (AccountTaken e) {
            throw new Conflict(Messages.get("account.email.exists"));
        }
        mails.sendVerification(account);
        return account;
    }

    /**
     * An account opened from an invitation's link (a project's): the address is the invited one, which the link just
     * proved, so it is verified at once; organisation and territory stay to be completed. In the caller's
     * transaction, which uses the invitation up with it.
     *
     * @throws Conflict when the address already has an account: the person signs in instead
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Account registerInvited(String email, String name, String password, String organisation) {
        if (accounts.findByEmail(email).isPresent()) {
            throw new Conflict(Messages.get("account.email.exists"));
        }
        Instant now = Instant.now();
        Account account = Account.selfRegistered(email, hasher.hash(password), name.strip(), organisation, null, now);
        account.emailVerified(now);
        try {
            return accounts.saveNew(account);
        } catch (AccountTaken e) {
            throw new Conflict(Messages.get("account.email.exists"));
        }
    }

    /**
     * Sends a new link if the address has an account still waiting for one; says nothing either way.
     *
     * @throws fr.bocage.platform.error.TooManyRequests when the quota is spent, whether the address has an account or not
     */
    @Transactional
    public void resendVerification(String email, String client) {
        if (email != null && !email.isBlank()) {
            quota.take(email, client);
            accounts.findByEmail(email).filter(a -> !a.isEmailVerified()).ifPresent(mails::sendVerification);
        }
    }

    /** The account whose address the token confirms, empty if the token is unknown, used or expired. */
    @Transactional
    public Optional<Account> confirm(String token) {
        Optional<Account> account = tokens.redeem(token, TokenPurpose.VERIFY_EMAIL);
        account.ifPresent(a -> a.emailVerified(Instant.now()));
        return account;
    }
}

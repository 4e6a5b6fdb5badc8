package fr.bocage.account;

import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.platform.ApiException;
import fr.bocage.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;

/** Self-registration: the account is created as a contributor and can log in once its e-mail is confirmed. */
@ApplicationScoped
public class Registration {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Vocabularies vocabularies;

    @Inject
    AccountMails mails;

    @Inject
    AccountTokens tokens;

    @Inject
    MailQuota quota;

    /**
     * @throws ApiException 400 for an unknown territory, 409 when the address already has an account: the one
     *                      place that tells whether an address is known, since the person must be told to log in
     *                      instead (every other form answers the same either way); 429 when too many e-mails
     *                      went to this address or were asked from this client
     */
    @Transactional
    public Account register(NewRegistration input, String client) {
        String territory = vocabularies.code(VocabularyKind.TERRITORY, input.territory());
        if (accounts.findByEmail(input.email()).isPresent()) {
            throw new ApiException(Response.Status.CONFLICT, Messages.get("account.email.exists"));
        }
        quota.take(input.email(), client);
        Account account;
        try {
            // Also taken: an account an administrator named after this address, which has no address of its own.
            account = accounts.saveNew(Account.selfRegistered(input.email(), hasher.hash(input.password()),
                    input.name().strip(), input.organisation().strip(), territory, Instant.now()));
        } catch (AccountTaken e) {
            throw new ApiException(Response.Status.CONFLICT, Messages.get("account.email.exists"));
        }
        mails.sendVerification(account);
        return account;
    }

    /**
     * Sends a new link if the address has an account still waiting for one; says nothing either way.
     *
     * @throws fr.bocage.platform.TooManyRequests when the quota is spent, whether the address has an account or not
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

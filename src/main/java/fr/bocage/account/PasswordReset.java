package fr.bocage.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Forgotten passwords: a link by e-mail, then a new password; the answer never tells whether the address is known. */
@ApplicationScoped
public class PasswordReset {

    @Inject
    AccountRepository accounts;

    @Inject
    AccountMails mails;

    @Inject
    AccountTokenRepository tokens;

    @Inject
    PasswordHasher hasher;

    @Inject
    MailQuota quota;

    @Inject
    Event<AccountChanged> changed;

    /** @throws fr.bocage.platform.error.TooManyRequests when the quota is spent, whether the address has an account or not */
    @Transactional
    public void request(String email, String client) {
        if (email != null && !email.isBlank()) {
            quota.take(email, client);
            accounts.findByEmail(email).filter(Account::isEnabled).ifPresent(mails::sendPasswordReset);
        }
    }

    /** Whether the link is still good, to show the form or say at once that it is not. */
    public boolean isValid(String token) {
        return tokens.peek(token, TokenPurpose.RESET_PASSWORD).isPresent();
    }

    /**
     * Sets the new password if the token is good. Following the link proves the mailbox too, so an address not yet
     * confirmed is confirmed; sessions opened before are closed.
     */
    @Transactional
    public boolean reset(String token, String password) {
        Optional<Account> account = tokens.redeem(token, TokenPurpose.RESET_PASSWORD);
        account.ifPresent(a -> {
            Instant now = Instant.now();
            a.changePassword(hasher.hash(password), now);
            a.emailVerified(now);
            changed.fire(new AccountChanged(a.getUsername()));
        });
        return account.isPresent();
    }
}

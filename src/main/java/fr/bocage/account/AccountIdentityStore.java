package fr.bocage.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks user names and passwords against the accounts in the database; an account's roles are its groups. An
 * account that is disabled, or whose e-mail is not confirmed yet, is refused like a wrong password.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    private final CredentialCache verified = new CredentialCache(Duration.ofMinutes(5), Clock.systemUTC());
    private volatile String decoy;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        String password = credential.getPasswordAsString();
        return verified.find(username, password).orElseGet(() -> {
            CredentialValidationResult result = check(username, password);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                verified.remember(username, password, result);
            }
            return result;
        });
    }

    private CredentialValidationResult check(String username, String password) {
        Optional<Account> account = accounts.findByUsername(username);
        // An unknown name costs a hash too: the time of the answer must not tell which names exist.
        boolean matches = hasher.matches(password, account.map(Account::getPasswordHash).orElseGet(this::decoy));
        if (account.isEmpty() || !matches || !account.get().canLogIn()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (PasswordHasher.needsRehash(account.get().getPasswordHash())) {
            // The one moment the password is known: a hash of fewer iterations is replaced by today's.
            accounts.replacePasswordHash(account.get().getUsername(), account.get().getPasswordHash(),
                    hasher.hash(password));
        }
        return new CredentialValidationResult(account.get().getUsername(), account.get().getRoles());
    }

    /** A hash no password matches, made once, to check unknown names against. */
    private String decoy() {
        if (decoy == null) {
            decoy = hasher.hash(UUID.randomUUID().toString());
        }
        return decoy;
    }

    /** Once committed, a change of roles, state or password applies to the next request, not in five minutes. */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
        verified.clear();
    }
}

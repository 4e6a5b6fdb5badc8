package fr.bocage.account;

import fr.bocage.platform.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Issues and redeems the tokens of e-mailed links: 256 random bits, stored hashed, single use, expiring. */
@ApplicationScoped
public class AccountTokenRepository {
    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    /** A new token for the account; any earlier one for the same purpose stops working. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(Account account, TokenPurpose purpose) {
        Instant now = Instant.now();
        em.createNamedQuery(AccountToken.DELETE_OF).setParameter("account", account).setParameter("purpose", purpose)
                .setParameter("now", now).executeUpdate();
        String token = SecretTokens.next();
        em.persist(new AccountToken(account, purpose, SecretTokens.hash(token), now.plus(purpose.lifetime())));
        return token;
    }

    /** The account of a valid token, without using it up (to show the form that will). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> peek(String token, TokenPurpose purpose) {
        return find(token, purpose).map(AccountToken::getAccount);
    }

    /**
     * The account of a valid token, which is used up: of two requests racing with the same token, only the one
     * whose delete removed the row gets the account.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Account> redeem(String token, TokenPurpose purpose) {
        return find(token, purpose)
                .filter(t -> em.createNamedQuery(AccountToken.DELETE_ONE).setParameter("id", t.getId()).executeUpdate() == 1)
                .map(AccountToken::getAccount);
    }

    private Optional<AccountToken> find(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", SecretTokens.hash(token.strip()))
                .setParameter("purpose", purpose)
                .getResultStream()
                .findFirst()
                .filter(t -> t.getExpiresAt().isAfter(Instant.now()));
    }
}

package fr.bocage.account;

import fr.bocage.platform.Causes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "bocage")
    EntityManager em;

    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** @param email any case; addresses are stored lower case */
    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    /** The display names of those of these accounts that have one, by user name: one query for a whole page. */
    public Map<String, String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        em.createQuery("SELECT a.username, a.displayName FROM Account a WHERE a.username IN :usernames"
                        + " AND a.displayName IS NOT NULL", Object[].class)
                .setParameter("usernames", Set.copyOf(usernames)).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** The confirmed addresses of the enabled accounts that hold one of these roles and want the moderation digest. */
    public List<String> digestAddressesOf(Set<String> roles) {
        return em.createQuery("SELECT DISTINCT a.email FROM Account a JOIN a.roles r WHERE r IN :roles"
                        + " AND a.enabled = TRUE AND a.moderationDigest = TRUE"
                        + " AND a.email IS NOT NULL AND a.emailVerifiedAt IS NOT NULL", String.class)
                .setParameter("roles", roles).getResultList();
    }

    /** Records whether the moderation digest reaches this account. */
    @Transactional
    public void setModerationDigest(String username, boolean wanted) {
        findByUsername(username).ifPresent(account -> account.setModerationDigest(wanted));
    }

    public List<Account> all() {
        return em.createQuery("SELECT a FROM Account a ORDER BY a.username", Account.class).getResultList();
    }

    @Transactional
    public Account save(Account account) {
        em.persist(account);
        return account;
    }

    /**
     * Replaces a password hash by a stronger one of the same password, unless it changed meanwhile (a reset wins).
     * Not an account change for the caches: the same password still opens it.
     */
    @Transactional
    public void replacePasswordHash(String username, String formerHash, String newHash) {
        em.createQuery("UPDATE Account a SET a.passwordHash = :newHash "
                + "WHERE a.username = :username AND a.passwordHash = :formerHash")
                .setParameter("newHash", newHash).setParameter("username", username)
                .setParameter("formerHash", formerHash).executeUpdate();
    }

    /**
     * Saves a new account and writes it at once: a concurrent twin (same user name or address) is refused by the
     * unique constraints here, where it can be told apart, rather than as a bare failure at commit.
     *
     * @throws AccountTaken when a unique constraint refused it; the transaction can only roll back
     */
    @Transactional
    public Account saveNew(Account account) {
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new AccountTaken(e);
            }
            throw e;
        }
        return account;
    }

    /** SQLState class 23 is an integrity constraint violation; Derby says 23505 for a duplicate key. */
    private static boolean isUniqueViolation(Throwable e) {
        return Causes.anyMatch(e, cause -> cause instanceof SQLException sql && "23505".equals(sql.getSQLState()));
    }
}

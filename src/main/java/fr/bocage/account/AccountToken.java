package fr.bocage.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use token sent by e-mail. Only the SHA-256 of the token is stored: someone who reads the database (a
 * backup, say) cannot use a pending link.
 */
@Entity
@Table(name = "ACCOUNT_TOKEN")
@NamedQuery(name = AccountToken.BY_HASH, query = "SELECT t FROM AccountToken t WHERE t.hash = :hash AND t.purpose = :purpose")
@NamedQuery(name = AccountToken.DELETE_OF, query = "DELETE FROM AccountToken t WHERE (t.account = :account AND t.purpose = :purpose)"
        + " OR t.expiresAt < :now")
@NamedQuery(name = AccountToken.DELETE_ONE, query = "DELETE FROM AccountToken t WHERE t.id = :id")
public class AccountToken {
    static final String BY_HASH = "AccountToken.byHash";
    static final String DELETE_OF = "AccountToken.deleteOfAccountOrExpired";
    static final String DELETE_ONE = "AccountToken.deleteOne";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ACCOUNT_ID")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose;

    /** Hexadecimal SHA-256 of the token. */
    @Column(nullable = false, unique = true, length = 64)
    private String hash;

    @Column(nullable = false)
    private Instant expiresAt;

    protected AccountToken() {
    }

    AccountToken(Account account, TokenPurpose purpose, String hash, Instant expiresAt) {
        this.account = account;
        this.purpose = purpose;
        this.hash = hash;
        this.expiresAt = expiresAt;
    }

    Long getId() {
        return id;
    }

    Account getAccount() {
        return account;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}

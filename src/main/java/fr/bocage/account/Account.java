package fr.bocage.account;

import fr.bocage.platform.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

@Entity
@Table(name = "ACCOUNT")
@NamedQuery(name = Account.BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
public class Account {
    static final String BY_USERNAME = "Account.byUsername";
    static final String BY_EMAIL = "Account.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /**
     * Self-registered accounts are named by their e-mail address, which validation accepts up to 320 characters:
     * the column holds as much (V4; a 133-character address could not register, issue 21 #2).
     */
    @Column(nullable = false, unique = true, length = 320)
    private String username;

    @Column(nullable = false, length = 500)
    private String passwordHash;

    @Column(length = 200)
    private String displayName;

    /** Where notifications go; null for accounts without one (the bootstrap admin). Stored lower case. */
    @Column(unique = true, length = 320)
    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ACCOUNT_ROLE", joinColumns = @JoinColumn(name = "ACCOUNT_ID"))
    @Column(name = "ROLE", length = 40)
    private Set<String> roles = new HashSet<>();

    private boolean enabled = true;

    @Column(nullable = false)
    private Instant createdAt = Instant.now();

    /** The person's organisation (« structure »), given at self-registration. */
    @Column(length = 200)
    private String organisation;

    /** A code of the territory vocabulary. */
    @Column(length = 80)
    private String territory;

    /** When the person accepted the terms of use; null for accounts created by an administrator. */
    private Instant termsAcceptedAt;

    /** Null until the owner followed the link sent to {@link #email}; an account with an e-mail cannot log in before. */
    private Instant emailVerifiedAt;

    /** Sessions opened before this instant are no longer valid (a reset password logs the other browsers out). */
    private Instant passwordChangedAt;

    /** The OpenID Connect provider whose login created this account; null for every other account. */
    @Column(length = 500)
    private String singleSignOnIssuer;

    /** Whether the daily moderation digest reaches this account, if it moderates: each moderator chooses. */
    @Column(nullable = false)
    private boolean moderationDigest = true;

    protected Account() {
    }

    public Account(String username, String passwordHash, String displayName, Set<String> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = new HashSet<>(roles);
    }

    /** A person's own registration: the login name is the e-mail, lower case; the e-mail is not verified yet. */
    static Account selfRegistered(String email, String passwordHash, String name, String organisation,
            String territory, Instant termsAcceptedAt) {
        Account account = new Account(null, passwordHash, name, Set.of(Role.CONTRIBUTOR));
        account.email = normalised(email);
        account.username = account.email;
        account.organisation = organisation;
        account.territory = territory;
        account.termsAcceptedAt = termsAcceptedAt;
        return account;
    }

    /**
     * A person's first single sign-on: a contributor like a self-registered one, whose address the provider vouched
     * for; the password is one nobody knows (the forgotten-password link sets a real one).
     */
    public static Account singleSignOn(String email, String unusablePasswordHash, String name, String issuer,
            Instant termsAcceptedAt) {
        Account account = new Account(null, unusablePasswordHash, name, Set.of(Role.CONTRIBUTOR));
        account.email = normalised(email);
        account.username = account.email;
        account.emailVerifiedAt = Instant.now();
        account.singleSignOnIssuer = issuer;
        account.termsAcceptedAt = termsAcceptedAt;
        return account;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    /**
     * An address given by the application (an administrator, say) is taken as verified; only self-registration
     * ({@link #selfRegistered}) waits for the owner to confirm it.
     */
    public void setEmail(String email) {
        this.email = normalised(email);
        this.emailVerifiedAt = this.email == null ? null : Instant.now();
    }

    private static String normalised(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    void setRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Accounts without an e-mail (created by an administrator) have nothing to verify. */
    public boolean isEmailVerified() {
        return email == null || emailVerifiedAt != null;
    }

    public void emailVerified(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }

    /** Whether this account may log in at all, whatever the password. */
    public boolean canLogIn() {
        return enabled && isEmailVerified();
    }

    public void changePassword(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = at;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getTerritory() {
        return territory;
    }

    public void acceptTerms(Instant at) {
        termsAcceptedAt = at;
    }

    public Instant getTermsAcceptedAt() {
        return termsAcceptedAt;
    }

    public String getSingleSignOnIssuer() {
        return singleSignOnIssuer;
    }

    public boolean wantsModerationDigest() {
        return moderationDigest;
    }

    public void setModerationDigest(boolean wanted) {
        moderationDigest = wanted;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

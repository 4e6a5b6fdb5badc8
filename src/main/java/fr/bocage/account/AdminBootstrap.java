package fr.bocage.account;

import fr.bocage.platform.StartupOrder;
import fr.bocage.platform.security.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator, {@code admin}, at first start. Its password comes from
 * {@code BOCAGE_ADMIN_PASSWORD}; without one, a random password is generated and logged once: no default ships.
 */
@ApplicationScoped
public class AdminBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    static final String ADMIN_USERNAME = "admin";

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "bocage.admin.password")
    Optional<String> configuredPassword;

    void onStart(@Observes @Priority(StartupOrder.ACCOUNTS) @Initialized(ApplicationScoped.class) Object ignored) {
        if (accounts.findByUsername(ADMIN_USERNAME).isPresent()) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
        if (password == null) {
            password = randomPassword();
            LOG.warning("BOCAGE_ADMIN_PASSWORD is not set: the account 'admin' was created with the generated password "
                    + password + " (shown only this once).");
        } else {
            LOG.info("The account 'admin' was created with the password from BOCAGE_ADMIN_PASSWORD.");
        }
        accounts.save(new Account(ADMIN_USERNAME, hasher.hash(password), "Administrateur", Set.of(Role.ADMIN)));
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

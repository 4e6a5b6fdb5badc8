package fr.bocage.account;

import fr.bocage.platform.DataDirectory;
import fr.bocage.platform.SecretFiles;
import fr.bocage.platform.StartupOrder;
import fr.bocage.platform.security.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator, {@code admin}, at first start. Its password comes from
 * {@code BOCAGE_ADMIN_PASSWORD}; without one, a random password is generated and written to
 * {@code <data dir>/admin-password.txt}, readable by the server's user only: no default ships, and the password
 * never reaches the log (Liberty copies the console into messages.log, which outlives the first start).
 */
@ApplicationScoped
public class AdminBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    static final String ADMIN_USERNAME = "admin";
    static final String PASSWORD_FILE = "admin-password.txt";

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    DataDirectory data;

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
            Path file = data.root().resolve(PASSWORD_FILE);
            try {
                Files.deleteIfExists(file);
                SecretFiles.writeOwnerOnly(file, password + System.lineSeparator());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the generated administrator password to " + file, e);
            }
            LOG.warning("BOCAGE_ADMIN_PASSWORD is not set: the account 'admin' was created with a generated password, "
                    + "written to " + file + " (readable by this server's user only). Keep it somewhere safe, then delete "
                    + "the file.");
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

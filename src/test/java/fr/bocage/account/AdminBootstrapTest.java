package fr.bocage.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import fr.bocage.platform.DataDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminBootstrapTest {
    @TempDir
    Path dataDir;

    /** Issue 12 #9: the generated password was logged, and Liberty keeps the console in messages.log. */
    @Test
    void aGeneratedPasswordGoesToAFileOnlyItsOwnerReadsNeverToTheLog() throws IOException {
        List<Account> saved = new ArrayList<>();
        AdminBootstrap bootstrap = new AdminBootstrap();
        bootstrap.accounts = new AccountRepository() {
            @Override
            public Optional<Account> findByUsername(String username) {
                return Optional.empty();
            }

            @Override
            public Account save(Account account) {
                saved.add(account);
                return account;
            }
        };
        bootstrap.hasher = new PasswordHasher() {
            @Override
            public String hash(String password) {
                return "hash-of:" + password;
            }
        };
        bootstrap.data = new DataDirectory() {
            @Override
            public Path root() {
                return dataDir;
            }
        };
        bootstrap.configuredPassword = Optional.empty();
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(AdminBootstrap.class.getName());
        logger.addHandler(handler);
        try {
            bootstrap.onStart(null);
        } finally {
            logger.removeHandler(handler);
        }

        assertEquals(1, saved.size());
        String password = saved.get(0).getPasswordHash().substring("hash-of:".length());
        assertFalse(logged.isEmpty(), "the log says where the password is");
        logged.forEach(message -> assertFalse(message.contains(password), message));
        Path file = dataDir.resolve(AdminBootstrap.PASSWORD_FILE);
        assertEquals(password, Files.readString(file).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertNotNull(password);
    }
}

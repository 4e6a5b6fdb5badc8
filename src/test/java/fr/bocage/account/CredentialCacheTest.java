package fr.bocage.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.platform.security.Role;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {
    private final TestClock clock = new TestClock();

    @Test
    void remembersOnlyTheExactCredentialsAndOnlyForItsLifetime() {
        CredentialCache cache = new CredentialCache(Duration.ofMinutes(5), clock);
        CredentialValidationResult valid = new CredentialValidationResult("alice", Set.of(Role.CONTRIBUTOR));
        cache.remember("alice", "s3cret", valid);

        assertEquals(valid, cache.find("alice", "s3cret").orElseThrow());
        assertTrue(cache.find("alice", "S3cret").isEmpty(), "another password is not the same credential");
        assertTrue(cache.find("alice\u0000s3", "cret").isEmpty(), "user and password are kept apart");

        clock.advance(Duration.ofMinutes(6));
        assertTrue(cache.find("alice", "s3cret").isEmpty(), "expired entries are checked again");
    }

    @Test
    void clearForgetsEverything() {
        CredentialCache cache = new CredentialCache(Duration.ofMinutes(5), clock);
        cache.remember("bob", "pw", new CredentialValidationResult("bob", Set.of(Role.ADMIN)));
        cache.clear();
        assertTrue(cache.find("bob", "pw").isEmpty());
    }
}

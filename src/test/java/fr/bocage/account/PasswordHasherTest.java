package fr.bocage.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** Issue 12 #9: hashes were made with 210,000 iterations; OWASP asks 600,000 for PBKDF2-HMAC-SHA256. */
    @Test
    void hashesOfFewerIterationsAreMadeAgainAtTheNextLogin() {
        assertTrue(PasswordHasher.ITERATIONS >= 600_000);
        assertTrue(PasswordHasher.needsRehash("PBKDF2WithHmacSHA256:210000:c2VsLXNlbA==:aGFjaGU="));
        assertFalse(PasswordHasher.needsRehash("PBKDF2WithHmacSHA256:600000:c2VsLXNlbA==:aGFjaGU="));
        assertTrue(PasswordHasher.needsRehash("PBKDF2WithHmacSHA1:600000:c2VsLXNlbA==:aGFjaGU="));
        assertTrue(PasswordHasher.needsRehash("nimporte quoi"));
    }
}

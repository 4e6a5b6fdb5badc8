package fr.bocage.account;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers recently verified credentials for a few minutes. PBKDF2 is slow on purpose (about a tenth of a second)
 * and HTTP Basic sends the password with every request: without this, an API client uploading documents would spend
 * most of its time hashing. Keys are HMACs under a key that lives only in this process, never the passwords.
 */
final class CredentialCache {
    private static final int MAX_ENTRIES = 1000;

    private final Duration lifetime;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private record Entry(CredentialValidationResult result, Instant expires) {
    }

    CredentialCache(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    synchronized Optional<CredentialValidationResult> find(String username, String password) {
        String id = id(username, password);
        Entry entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (clock.instant().isAfter(entry.expires())) {
            entries.remove(id);
            return Optional.empty();
        }
        return Optional.of(entry.result());
    }

    synchronized void remember(String username, String password, CredentialValidationResult result) {
        entries.put(id(username, password), new Entry(result, clock.instant().plus(lifetime)));
    }

    /** Forgets everything, e.g. when a password or a role changes. */
    synchronized void clear() {
        entries.clear();
    }

    private String id(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

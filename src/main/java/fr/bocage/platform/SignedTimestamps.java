package fr.bocage.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens that tell, unforgeably, when they were issued, for a purpose: a form carries one from the moment it was
 * shown, so that the server knows how long it took to fill (a robot posts within a second or two) without keeping
 * any state, and an API client gets one the same way. Signed with HMAC-SHA256 and a key kept in the data folder
 * (readable by its owner only), so that tokens survive a restart; the purpose is signed too, so that a token of one
 * form is no good for another.
 */
@ApplicationScoped
public class SignedTimestamps {

    @Inject
    DataDirectory data;

    private Clock clock = Clock.systemUTC();
    private volatile byte[] key;

    /** For tests: a fixed key and clock. */
    public static SignedTimestamps of(byte[] key, Clock clock) {
        SignedTimestamps stamps = new SignedTimestamps();
        stamps.key = key.clone();
        stamps.clock = clock;
        return stamps;
    }

    /** A token saying « issued now, for {@code purpose} ». */
    public String issue(String purpose) {
        // Milliseconds: whole seconds would shorten a minimum time by up to one.
        String payload = Long.toString(clock.instant().toEpochMilli(), 36);
        return payload + "." + sign(purpose, payload);
    }

    /** When the token was issued for {@code purpose}; empty when it is absent, malformed or not signed by us. */
    public Optional<Instant> issuedAt(String purpose, String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.");
        if (parts.length != 2 || parts[0].isEmpty() || parts[0].length() > 13) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(sign(purpose, parts[0]).getBytes(StandardCharsets.US_ASCII),
                parts[1].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(parts[0], 36)));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    public Instant now() {
        return clock.instant();
    }

    private String sign(String purpose, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(payload.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    key = SecretFiles.readOrCreate(data.root().resolve("form-timestamp.key"), 32);
                }
            }
        }
        return key;
    }
}

package fr.bocage.network.newsletter;

import fr.bocage.platform.DataDirectory;
import fr.bocage.platform.SecretFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The personal unsubscribe link of every e-mail: the subscriber's id and an HMAC-SHA256 of it and their address,
 * with a key kept in the data folder. Nothing to store per message, links of old issues keep working, and nobody
 * can unsubscribe anybody else (they would need the key); a new subscription of the same address gets a new id, so
 * the links of before do not stop it.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    @Inject
    DataDirectory data;

    private volatile byte[] key;

    /** For tests: a fixed key. */
    static UnsubscribeTokens of(byte[] key) {
        UnsubscribeTokens tokens = new UnsubscribeTokens();
        tokens.key = key.clone();
        return tokens;
    }

    public String of(Subscriber subscriber) {
        return of(subscriber.getId(), subscriber.getEmail());
    }

    String of(long id, String email) {
        return Long.toString(id, 36) + "." + sign(id, email);
    }

    /** The subscriber id a token names, before its signature is checked against their address. */
    static Optional<Long> idOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.");
        if (parts.length != 2 || parts[0].isEmpty() || parts[0].length() > 12) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(parts[0], 36));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the token was made for this subscriber. */
    boolean matches(String token, Subscriber subscriber) {
        return matches(token, subscriber.getId(), subscriber.getEmail());
    }

    boolean matches(String token, long id, String email) {
        return token != null && MessageDigest.isEqual(of(id, email).getBytes(StandardCharsets.US_ASCII),
                token.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(long id, String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            mac.update(("newsletter-unsubscribe\0" + id + "\0" + email.toLowerCase(Locale.ROOT))
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    key = SecretFiles.readOrCreate(data.root().resolve("newsletter-unsubscribe.key"), 32);
                }
            }
        }
        return key;
    }
}

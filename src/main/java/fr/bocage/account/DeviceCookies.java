package fr.bocage.account;

import fr.bocage.platform.DataDirectory;
import fr.bocage.platform.SecretFiles;
import fr.bocage.platform.web.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Device cookies, as OWASP describes them for throttling without lock-out: after a successful login on the login
 * page, the browser gets a cookie that names a random device id, signed with a server key for that account. A later
 * login to the same account that carries it comes from a known device, which {@link LoginThrottle} counts on its own
 * and spares from the account's ceiling. The cookie holds no user name (only the signature binds it to one), goes
 * only to the login page, is HttpOnly and SameSite=Strict, and lasts 180 days; the key lives in the data folder,
 * readable by its owner only, so that a restart keeps devices known.
 */
@ApplicationScoped
public class DeviceCookies {
    static final String NAME = "bocage_device";
    static final Duration LIFETIME = Duration.ofDays(180);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    DataDirectory data;

    @Inject
    @ConfigProperty(name = "session.cookie.secure", defaultValue = "false")
    boolean secure;

    private Clock clock = Clock.systemUTC();
    private volatile byte[] key;

    /** For tests: a fixed key and clock. */
    static DeviceCookies of(byte[] key, Clock clock) {
        DeviceCookies cookies = new DeviceCookies();
        cookies.key = key.clone();
        cookies.clock = clock;
        return cookies;
    }

    /** The device id of the request's cookie, if it was given to this account's login and has not expired. */
    public Optional<String> deviceOf(HttpServletRequest request, String username) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null || username == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                Optional<String> device = verify(cookie.getValue(), username);
                if (device.isPresent()) {
                    return device;
                }
            }
        }
        return Optional.empty();
    }

    /** After a successful login: the device keeps its id if it had one for this account, else gets a new one. */
    public void remember(HttpServletRequest request, HttpServletResponse response, String username) {
        String device = deviceOf(request, username).orElseGet(DeviceCookies::newId);
        Cookie cookie = new Cookie(NAME, issue(device, username));
        cookie.setPath(Routes.LOGIN);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure || request.isSecure());
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    String issue(String device, String username) {
        String payload = device + "." + Long.toString(clock.instant().getEpochSecond(), 36);
        return payload + "." + sign(payload, username);
    }

    Optional<String> verify(String value, String username) {
        String[] parts = value == null ? new String[0] : value.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(sign(payload, username).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            long issued = Long.parseLong(parts[1], 36);
            return clock.instant().getEpochSecond() - issued > LIFETIME.toSeconds() ? Optional.empty()
                    : Optional.of(parts[0]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            mac.update(username.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(payload.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    private byte[] key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    key = SecretFiles.readOrCreate(data.root().resolve("device-cookie.key"), 32);
                }
            }
        }
        return key;
    }
}

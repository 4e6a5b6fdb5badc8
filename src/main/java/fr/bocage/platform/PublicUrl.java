package fr.bocage.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links for what leaves the site (e-mails): built from the configured public address, never from the
 * request's Host header, which a client chooses and could point at another site.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "bocage.public-url", defaultValue = "http://localhost:9080")
    String base;

    /** @param path starting with a slash */
    public String of(String path) {
        return base.strip().replaceAll("/+$", "") + path;
    }

    /**
     * A calendar to subscribe to: the webcal:// scheme opens the visitor's calendar application, which then keeps
     * it up to date (it fetches it again over HTTP(S); webcal only names the intent).
     *
     * @param path starting with a slash
     */
    public String webcal(String path) {
        return of(path).replaceFirst("^https?://", "webcal://");
    }

    /** @param path starting with a slash */
    public String of(String path, String parameter, String value) {
        return of(path) + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

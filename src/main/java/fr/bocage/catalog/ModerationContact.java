package fr.bocage.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How contributors reach the moderation team: the address of {@code BOCAGE_MODERATION_EMAIL}, given on the
 * contribution pages (a {@code mailto:} link) and in the e-mails about a contribution.
 */
@ApplicationScoped
public class ModerationContact {

    @Inject
    @ConfigProperty(name = "bocage.moderation.email", defaultValue = "moderation@bocage.localhost")
    String address;

    public String address() {
        return address.strip();
    }

    /** A {@code mailto:} link whose subject names the resource, so that the team knows which one is meant. */
    public String mailto(String subject) {
        return "mailto:" + address() + "?subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

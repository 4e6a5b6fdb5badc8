package fr.bocage.network.contact;

import fr.bocage.platform.FormGuard;
import fr.bocage.platform.SignedTimestamps;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.TooManyRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The contact form's defences against robots, with no third-party service: a trap field that people never see, a
 * minimum time between showing the form (a signed timestamp it carries) and posting it, and limits per e-mail
 * address and per client address. Each refusal says why in French: a person who trips one by mistake (a form
 * sent at once by a password manager, say) learns what to do instead of losing their message silently.
 */
@ApplicationScoped
public class SpamGuard {
    /** What the timestamps are signed for: a token of another form is no good here. */
    static final String PURPOSE = "contact-form";
    static final Duration HOUR = Duration.ofHours(1);

    private final FormGuard guard;

    /** Only for CDI's client proxy, which hands every call to the real instance. */
    SpamGuard() {
        this.guard = null;
    }

    /**
     * @param minimumSeconds the shortest time a person takes to fill the form ({@code BOCAGE_CONTACT_MIN_SECONDS})
     * @param perAddress     messages an hour from one e-mail address ({@code BOCAGE_CONTACT_LIMIT_PER_ADDRESS})
     * @param perClient      messages an hour from one client address, higher since an office shares one
     *                       ({@code BOCAGE_CONTACT_LIMIT_PER_CLIENT})
     */
    @Inject
    public SpamGuard(SignedTimestamps stamps,
            @ConfigProperty(name = "bocage.contact.min-seconds", defaultValue = "3") int minimumSeconds,
            @ConfigProperty(name = "bocage.contact.limit.per-address", defaultValue = "3") int perAddress,
            @ConfigProperty(name = "bocage.contact.limit.per-client", defaultValue = "10") int perClient) {
        this.guard = new FormGuard(stamps, PURPOSE, "contact", Duration.ofSeconds(minimumSeconds), perAddress,
                perClient, HOUR);
    }

    /** A new token for a form shown now. */
    public String token() {
        return guard.token();
    }

    /** The token a form was shown with, if still good, so that the time spent on it counts; else a new one. */
    public String keepOrRenew(String previous) {
        return guard.keepOrRenew(previous);
    }

    public long minimumSeconds() {
        return guard.minimumSeconds();
    }

    /**
     * Lets a message through, counting it against both limits, or refuses it.
     *
     * @throws InvalidInput     the trap field filled, a missing, forged or stale token, or a form sent too fast
     * @throws TooManyRequests  either limit reached (nothing counted then)
     */
    public void admit(ContactInput input, String client) {
        guard.admit(input.website(), input.token(), input.email(), client);
    }
}

package fr.bocage.network.contact;

import fr.bocage.platform.Messages;
import fr.bocage.platform.RateLimit;
import fr.bocage.platform.SignedTimestamps;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.TooManyRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
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
    /** A form left open longer is asked to be sent again: its token could have been collected and replayed. */
    static final Duration TOKEN_LIFETIME = Duration.ofHours(24);

    private final SignedTimestamps stamps;
    private final Duration minimumFillTime;
    private final RateLimit perAddress;
    private final RateLimit perClient;

    /** Only for CDI's client proxy, which hands every call to the real instance. */
    SpamGuard() {
        this(null, 0, 0, 0);
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
        this.stamps = stamps;
        this.minimumFillTime = Duration.ofSeconds(minimumSeconds);
        this.perAddress = new RateLimit(perAddress, HOUR);
        this.perClient = new RateLimit(perClient, HOUR);
    }

    /** A new token for a form shown now. */
    public String token() {
        return stamps.issue(PURPOSE);
    }

    /** The token a form was shown with, if still good, so that the time spent on it counts; else a new one. */
    public String keepOrRenew(String previous) {
        Instant now = stamps.now();
        return shownAt(previous, now) != null ? previous.strip() : token();
    }

    public long minimumSeconds() {
        return minimumFillTime.toSeconds();
    }

    /**
     * Lets a message through, counting it against both limits, or refuses it.
     *
     * @throws InvalidInput     the trap field filled, a missing, forged or stale token, or a form sent too fast
     * @throws TooManyRequests  either limit reached (nothing counted then)
     */
    public void admit(ContactInput input, String client) {
        if (input.website() != null && !input.website().isBlank()) {
            throw new InvalidInput(Messages.get("contact.trap"));
        }
        Instant now = stamps.now();
        Instant shown = shownAt(input.token(), now);
        if (shown == null) {
            throw new InvalidInput(Messages.get("contact.token"));
        }
        if (Duration.between(shown, now).compareTo(minimumFillTime) < 0) {
            throw new InvalidInput(Messages.format("contact.too-fast", minimumFillTime.toSeconds()));
        }
        take(input.email(), client, now);
    }

    /** When a good token was issued; null for a missing, forged or stale one. */
    private Instant shownAt(String token, Instant now) {
        return stamps.issuedAt(PURPOSE, token)
                .filter(at -> !at.isAfter(now.plusSeconds(5)) && at.plus(TOKEN_LIFETIME).isAfter(now))
                .orElse(null);
    }

    private synchronized void take(String email, String client, Instant now) {
        String address = "address:" + email.strip().toLowerCase(Locale.ROOT);
        String from = "client:" + client;
        Duration wait = RateLimit.longer(perAddress.waitFor(address, now), perClient.waitFor(from, now));
        if (!wait.isZero()) {
            throw new TooManyRequests(wait, Messages.format("contact.throttled", TooManyRequests.minutes(wait)));
        }
        perAddress.add(address, now);
        perClient.add(from, now);
    }
}

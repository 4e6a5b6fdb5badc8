package fr.bocage.platform;

import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.TooManyRequests;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A public form's defences against robots, with no third-party service: a trap field that people never see, a
 * minimum time between showing the form (a signed timestamp it carries) and posting it, and limits per e-mail
 * address and per client address. Lifted from the contact form so that every public form (the newsletter's
 * subscription too) refuses alike without a copy; each owner gives its purpose and the prefix of its French
 * messages ({@code <prefix>.trap}, {@code .token}, {@code .too-fast}, {@code .throttled} in messages.properties).
 */
public final class FormGuard {
    /** A form left open longer is asked to be sent again: its token could have been collected and replayed. */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(24);

    private final SignedTimestamps stamps;
    private final String purpose;
    private final String messages;
    private final Duration minimumFillTime;
    private final RateLimit perAddress;
    private final RateLimit perClient;

    /**
     * @param purpose   what the timestamps are signed for: a token of another form is no good here
     * @param messages  the prefix of the refusals' message keys
     * @param perAddress at most that many posts a {@code window} from one e-mail address
     * @param perClient  at most that many from one client address (higher: an office shares one)
     */
    public FormGuard(SignedTimestamps stamps, String purpose, String messages, Duration minimumFillTime,
            int perAddress, int perClient, Duration window) {
        this.stamps = stamps;
        this.purpose = purpose;
        this.messages = messages;
        this.minimumFillTime = minimumFillTime;
        this.perAddress = new RateLimit(perAddress, window);
        this.perClient = new RateLimit(perClient, window);
    }

    /** A new token for a form shown now. */
    public String token() {
        return stamps.issue(purpose);
    }

    /** The token a form was shown with, if still good, so that the time spent on it counts; else a new one. */
    public String keepOrRenew(String previous) {
        return shownAt(previous, stamps.now()) != null ? previous.strip() : token();
    }

    public long minimumSeconds() {
        return minimumFillTime.toSeconds();
    }

    /**
     * Lets a post through, counting it against both limits, or refuses it.
     *
     * @param trap  the trap field's value, which only robots fill
     * @throws InvalidInput    the trap field filled, a missing, forged or stale token, or a form sent too fast
     * @throws TooManyRequests either limit reached (nothing counted then)
     */
    public void admit(String trap, String token, String email, String client) {
        if (trap != null && !trap.isBlank()) {
            throw new InvalidInput(Messages.get(messages + ".trap"));
        }
        Instant now = stamps.now();
        Instant shown = shownAt(token, now);
        if (shown == null) {
            throw new InvalidInput(Messages.get(messages + ".token"));
        }
        if (Duration.between(shown, now).compareTo(minimumFillTime) < 0) {
            throw new InvalidInput(Messages.format(messages + ".too-fast", minimumFillTime.toSeconds()));
        }
        take(email, client, now);
    }

    /** When a good token was issued; null for a missing, forged or stale one. */
    private Instant shownAt(String token, Instant now) {
        return stamps.issuedAt(purpose, token)
                .filter(at -> !at.isAfter(now.plusSeconds(5)) && at.plus(TOKEN_LIFETIME).isAfter(now))
                .orElse(null);
    }

    private synchronized void take(String email, String client, Instant now) {
        String address = "address:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
        String from = "client:" + client;
        Duration wait = RateLimit.longer(perAddress.waitFor(address, now), perClient.waitFor(from, now));
        if (!wait.isZero()) {
            throw new TooManyRequests(wait, Messages.format(messages + ".throttled", TooManyRequests.minutes(wait)));
        }
        perAddress.add(address, now);
        perClient.add(from, now);
    }
}

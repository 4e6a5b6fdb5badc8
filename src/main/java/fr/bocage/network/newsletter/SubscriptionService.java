package fr.bocage.network.newsletter;

import fr.bocage.catalog.Vocabularies;
import fr.bocage.catalog.VocabularyKind;
import fr.bocage.mail.MailOutbox;
import fr.bocage.platform.FormGuard;
import fr.bocage.platform.Messages;
import fr.bocage.platform.RateLimit;
import fr.bocage.platform.SecretTokens;
import fr.bocage.platform.SignedTimestamps;
import fr.bocage.platform.error.Conflict;
import fr.bocage.platform.error.Gone;
import fr.bocage.platform.error.InvalidInput;
import fr.bocage.platform.error.NotFound;
import fr.bocage.platform.error.TooManyRequests;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Subscribing with double opt-in, confirming, unsubscribing. A request is answered alike whether the address was
 * unknown, pending or confirmed (only the e-mail it receives differs), so nobody learns who subscribes; an address is
 * sent nothing but the confirmation e-mail until its owner follows its link.
 */
@ApplicationScoped
public class SubscriptionService {
    /** How long the confirmation link works. */
    static final Duration CONFIRMATION_LIFETIME = Duration.ofDays(7);
    static final Duration HOUR = Duration.ofHours(1);
    static final int BULK_BATCH = 1000;

    @Inject
    SubscriberRepository subscribers;

    @Inject
    Vocabularies vocabularies;

    @Inject
    NewsletterMails mails;

    @Inject
    MailOutbox outbox;

    @Inject
    UnsubscribeTokens unsubscribeTokens;

    @Inject
    SignedTimestamps stamps;

    @Inject
    @ConfigProperty(name = "bocage.newsletter.min-seconds", defaultValue = "3")
    int minimumSeconds;

    @Inject
    @ConfigProperty(name = "bocage.newsletter.limit.per-address", defaultValue = "3")
    int perAddress;

    @Inject
    @ConfigProperty(name = "bocage.newsletter.limit.per-client", defaultValue = "10")
    int perClient;

    private volatile FormGuard guard;

    /** The confirmation links an account asks for from its page, per address: the public form's allowance. */
    private RateLimit accountRequests;

    @PostConstruct
    void limits() {
        accountRequests = new RateLimit(perAddress, HOUR);
    }

    private FormGuard guard() {
        if (guard == null) {
            synchronized (this) {
                if (guard == null) {
                    guard = new FormGuard(stamps, "newsletter-form", "newsletter", Duration.ofSeconds(minimumSeconds),
                            perAddress, perClient, HOUR);
                }
            }
        }
        return guard;
    }

    public String token() {
        return guard().token();
    }

    public String token(String previous) {
        return guard().keepOrRenew(previous);
    }

    public long minimumSeconds() {
        return guard().minimumSeconds();
    }

    /** The themes vocabulary, code to label, in its order: the form's choices. */
    public Map<String, String> themes() {
        Map<String, String> themes = new java.util.LinkedHashMap<>();
        vocabularies.terms(VocabularyKind.THEME).forEach(t -> themes.put(t.getCode(), t.getLabel()));
        return themes;
    }

    /**
     * Checks the anti-spam defences, then e-mails the address: a confirmation link when it is new or still pending
     * (its themes replaced by these), a reminder that it is subscribed when it is confirmed. The input's constraints
     * have been checked by the caller.
     *
     * @throws InvalidInput an unknown theme, or a refusal of the anti-spam checks
     */
    @Transactional
    public void subscribe(SubscriptionInput input, String client) {
        List<String> themes = themeCodes(input.themes());
        guard().admit(input.website(), input.token(), input.email(), client);
        Instant now = Instant.now();
        subscribers.erasePendingExpiredBefore(now);
        Optional<Subscriber> existing = subscribers.byEmail(input.email());
        if (existing.isPresent() && existing.get().isConfirmed()) {
            Subscriber subscriber = existing.get();
            outbox.enqueue(mails.alreadySubscribed(subscriber, unsubscribeTokens.of(subscriber)));
            return;
        }
        awaitConfirmation(existing, input.email(), themes, now);
    }

    /**
     * Subscribes an account's own address from its subscriptions page: the same double opt-in (the confirmation
     * e-mail, nothing else, until its link is followed), without the public form's robot checks, since the account
     * is signed in and the page's post carries its anti-forgery token; sending the link again is limited as there.
     *
     * @throws Conflict        the address is subscribed already
     * @throws TooManyRequests too many links asked for within the hour
     */
    @Transactional
    public void requestConfirmation(String email, List<String> themeInputs) {
        List<String> themes = themeCodes(themeInputs);
        Instant now = Instant.now();
        subscribers.erasePendingExpiredBefore(now);
        Optional<Subscriber> existing = subscribers.byEmail(email);
        if (existing.isPresent() && existing.get().isConfirmed()) {
            throw new Conflict(Messages.get("newsletter.account.already"));
        }
        synchronized (accountRequests) {
            Duration wait = accountRequests.waitFor(email, now);
            if (!wait.isZero()) {
                throw new TooManyRequests(wait, Messages.format("newsletter.throttled", TooManyRequests.minutes(wait)));
            }
            accountRequests.add(email, now);
        }
        awaitConfirmation(existing, email, themes, now);
    }

    /** A new confirmation link for the address, pending (created if new) with these themes until it is followed. */
    private void awaitConfirmation(Optional<Subscriber> existing, String email, List<String> themes, Instant now) {
        Subscriber subscriber = existing.orElseGet(() -> {
            Subscriber created = new Subscriber(email, themes, now);
            subscribers.persist(created);
            return created;
        });
        String token = SecretTokens.next();
        subscriber.awaitConfirmation(SecretTokens.hash(token), now.plus(CONFIRMATION_LIFETIME), themes);
        outbox.enqueue(mails.confirmation(subscriber.getEmail(), token, CONFIRMATION_LIFETIME));
    }

    /**
     * Changes the themes of an account's own subscription, confirmed or pending (they apply once confirmed).
     *
     * @throws NotFound the address is not subscribed
     */
    @Transactional
    public Subscriber chooseThemes(String email, List<String> themeInputs) {
        List<String> themes = themeCodes(themeInputs);
        Subscriber subscriber = subscribers.byEmail(email)
                .orElseThrow(() -> new NotFound(Messages.get("newsletter.account.none")));
        subscriber.choose(themes);
        return subscriber;
    }

    /**
     * Adds {@code count} confirmed subscribers {@code <prefix>-<n>@<domain>} at once, in batches: the benchmark's
     * fast path to 10,000 subscribers (administrators only, through the API), skipping the double opt-in that the
     * addresses, which nobody reads, could not pass. Existing addresses are left as they are.
     */
    public int addConfirmedForBenchmark(String prefix, String domain, int count, List<String> themeInputs) {
        List<String> themes = themeCodes(themeInputs);
        int added = 0;
        for (int from = 0; from < count; from += BULK_BATCH) {
            added += subscribers.addConfirmed(prefix, domain, from, Math.min(count, from + BULK_BATCH), themes);
        }
        return added;
    }

    /** The subscription of an address, if any (an account's page). */
    @Transactional
    public Optional<Subscriber> of(String email) {
        return subscribers.byEmail(email);
    }

    /** Ends an account's own subscription. */
    @Transactional
    public void unsubscribeAddress(String email) {
        subscribers.byEmail(email).ifPresent(subscribers::remove);
    }

    /**
     * Confirms the subscription of a confirmation link's token: single use.
     *
     * @throws NotFound unknown or already used
     * @throws Gone     expired (the pending subscription is then erased)
     */
    @Transactional
    public Subscriber confirm(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFound(Messages.get("newsletter.confirm.unknown"));
        }
        Subscriber subscriber = subscribers.byTokenHash(SecretTokens.hash(token.strip()))
                .orElseThrow(() -> new NotFound(Messages.get("newsletter.confirm.unknown")));
        Instant now = Instant.now();
        if (subscriber.getTokenExpiresAt() == null || !subscriber.getTokenExpiresAt().isAfter(now)) {
            subscribers.remove(subscriber);
            throw new Gone(Messages.get("newsletter.confirm.expired"));
        }
        subscriber.confirm(now);
        return subscriber;
    }

    /**
     * Unsubscribes the owner of an unsubscribe link: their row is erased. A link of an address already gone is
     * answered as done.
     *
     * @throws NotFound a token that no subscriber's e-mail ever carried (malformed or forged)
     */
    @Transactional
    public void unsubscribe(String token) {
        long id = UnsubscribeTokens.idOf(token)
                .orElseThrow(() -> new NotFound(Messages.get("newsletter.unsubscribe.unknown")));
        Optional<Subscriber> subscriber = subscribers.find(id);
        if (subscriber.isEmpty()) {
            return;
        }
        if (!unsubscribeTokens.matches(token, subscriber.get())) {
            throw new NotFound(Messages.get("newsletter.unsubscribe.unknown"));
        }
        subscribers.remove(subscriber.get());
    }

    /** Whether an unsubscribe token is well-formed and signed for a subscriber who is still there. */
    @Transactional
    public boolean subscribedWith(String token) {
        return UnsubscribeTokens.idOf(token).flatMap(subscribers::find)
                .filter(s -> unsubscribeTokens.matches(token, s)).isPresent();
    }

    private List<String> themeCodes(List<String> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            return List.of();
        }
        try {
            return vocabularies.codes(VocabularyKind.THEME, inputs).stream().distinct().toList();
        } catch (RuntimeException unknown) {
            throw new InvalidInput(InvalidInput.Reason.INVALID, Messages.get("newsletter.themes.unknown"),
                    Map.of("themes", Messages.get("newsletter.themes.unknown")));
        }
    }
}

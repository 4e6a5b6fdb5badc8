package fr.bocage.account;

import fr.bocage.platform.Messages;
import fr.bocage.platform.RecentEvents;
import fr.bocage.platform.error.TooManyRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the account e-mails (confirmation links, password resets) from flooding an inbox: at most so many per
 * recipient address and so many per client address within an hour. A request is counted before anyone looks
 * whether the address has an account, so that refusing it tells nothing about the address either.
 *
 * <p>In memory like {@link LoginThrottle}: a restart forgets the counts, and each server of a cluster counts alone.
 */
@ApplicationScoped
public class MailQuota {
    static final Duration HOUR = Duration.ofHours(1);
    private static final int MAX_KEYS = 10_000;

    /** At most {@code count} e-mails within {@code window}. */
    record Limit(int count, Duration window) {
    }

    private final Clock clock;
    private final Limit perRecipient;
    private final Limit perClient;
    private final RecentEvents toRecipients;
    private final RecentEvents eventsToRecipients;
    private final RecentEvents fromClients;

    /** Only for CDI's client proxy, which hands every call to the real instance. */
    MailQuota() {
        this(null, null, null);
    }

    /**
     * @param perRecipient e-mails an hour to one address ({@code BOCAGE_MAIL_LIMIT_PER_RECIPIENT})
     * @param perClient    e-mails an hour asked from one client address; higher, since one address may be a whole
     *                     office behind a NAT ({@code BOCAGE_MAIL_LIMIT_PER_CLIENT})
     */
    @Inject
    MailQuota(@ConfigProperty(name = "bocage.mail.limit.per-recipient", defaultValue = "3") int perRecipient,
            @ConfigProperty(name = "bocage.mail.limit.per-client", defaultValue = "20") int perClient) {
        this(Clock.systemUTC(), new Limit(perRecipient, HOUR), new Limit(perClient, HOUR));
    }

    MailQuota(Clock clock, Limit perRecipient, Limit perClient) {
        this.clock = clock;
        this.perRecipient = perRecipient;
        this.perClient = perClient;
        this.toRecipients = perRecipient == null ? null
                : new RecentEvents(MAX_KEYS, perRecipient.window(), perRecipient.count());
        this.eventsToRecipients = perRecipient == null ? null
                : new RecentEvents(MAX_KEYS, perRecipient.window(), perRecipient.count());
        this.fromClients = perClient == null ? null : new RecentEvents(MAX_KEYS, perClient.window(), perClient.count());
    }

    /**
     * Counts one e-mail to {@code recipient} asked from {@code client}, or refuses it without counting it.
     *
     * @throws TooManyRequests when either limit is reached, with how long until the oldest e-mail counted leaves it
     */
    public synchronized void take(String recipient, String client) {
        take(toRecipients, recipient, client);
    }

    /**
     * The same for the e-mails of an event (a webinar registration, its confirmation), counted per recipient apart
     * from the account e-mails: whoever registers someone else's address to webinars must not use up that person's
     * password resets and confirmation links. Requests from one client count together.
     */
    public synchronized void takeForEvent(String recipient, String client) {
        take(eventsToRecipients, recipient, client);
    }

    private void take(RecentEvents recipients, String recipient, String client) {
        Instant now = clock.instant();
        String recipientKey = "recipient:" + (recipient == null ? "" : recipient.strip().toLowerCase(Locale.ROOT));
        String clientKey = "client:" + client;
        Duration wait = max(wait(recipients, recipientKey, perRecipient, now), wait(fromClients, clientKey, perClient, now));
        if (!wait.isZero()) {
            throw new TooManyRequests(wait, Messages.format("mail.throttled", TooManyRequests.minutes(wait)));
        }
        recipients.add(recipientKey, now, perRecipient.count());
        fromClients.add(clientKey, now, perClient.count());
    }

    private static Duration wait(RecentEvents sent, String key, Limit limit, Instant now) {
        Deque<Instant> times = sent.within(key, now);
        if (times.size() < limit.count()) {
            return Duration.ZERO;
        }
        return Duration.between(now, times.peekFirst().plus(limit.window()));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

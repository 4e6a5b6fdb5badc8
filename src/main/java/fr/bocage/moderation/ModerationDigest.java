package fr.bocage.moderation;

import fr.bocage.account.Account;
import fr.bocage.account.AccountRepository;
import fr.bocage.catalog.QueuePage;
import fr.bocage.catalog.Resource;
import fr.bocage.catalog.WorkflowService;
import fr.bocage.mail.MailOutbox;
import fr.bocage.mail.OutgoingMail;
import fr.bocage.platform.Messages;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.StartupOrder;
import fr.bocage.platform.security.Role;
import fr.bocage.platform.web.Routes;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells moderators, once a day, what waits for them: one e-mail per moderator and administrator with a confirmed
 * address, through the outbox, on days when something waits. Off unless {@code bocage.moderation.digest-at} gives
 * the time of day (French time, e.g. {@code 08:00}); an administrator may send it at once through the API. Each
 * moderator may turn it off for themselves, on the moderation page.
 */
@ApplicationScoped
public class ModerationDigest {
    private static final Logger LOG = Logger.getLogger(ModerationDigest.class.getName());
    static final ZoneId FRENCH_TIME = ZoneId.of("Europe/Paris");
    private static final Set<String> MODERATORS = Set.of(Role.MODERATOR, Role.ADMIN);

    // Qualified: Resource is the catalog's here.
    @jakarta.annotation.Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    WorkflowService workflow;

    @Inject
    AccountRepository accounts;

    @Inject
    MailOutbox outbox;

    @Inject
    PublicUrl publicUrl;

    @Inject
    @ConfigProperty(name = "bocage.moderation.digest-at")
    Optional<String> digestAt;

    private final Clock clock = Clock.system(FRENCH_TIME);
    private volatile ScheduledFuture<?> next;

    /** How many waited, and to how many people it was sent. */
    public record Sent(int waiting, int recipients) {
    }

    void onStart(@Observes @Priority(StartupOrder.MAIL) @Initialized(ApplicationScoped.class) Object ignored) {
        time(digestAt).ifPresent(at -> {
            LOG.info(() -> "The moderation digest is sent every day at " + at + " (" + FRENCH_TIME + ")");
            scheduleAfter(at);
        });
    }

    @PreDestroy
    void stop() {
        if (next != null) {
            next.cancel(false);
        }
    }

    /** When the digest is sent every day, if it is. */
    public Optional<LocalTime> dailyAt() {
        return time(digestAt);
    }

    /** Whether the digest reaches this moderator. */
    public boolean reaches(String username) {
        return accounts.findByUsername(username).map(Account::wantsModerationDigest).orElse(false);
    }

    /** A moderator's choice: the digest reaches them or not. */
    public void choose(String username, boolean wanted) {
        accounts.setModerationDigest(username, wanted);
    }

    /** The setting as a time of day; nothing when it is absent, empty or {@code off}. */
    static Optional<LocalTime> time(Optional<String> setting) {
        String value = setting.map(String::strip).orElse("");
        if (value.isEmpty() || value.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("bocage.moderation.digest-at is a time of day such as 08:00, not " + value);
        }
    }

    /** How long until the next {@code at} after {@code now}: tomorrow's if today's has passed (summer time or not). */
    static Duration untilNext(ZonedDateTime now, LocalTime at) {
        ZonedDateTime today = now.with(at);
        return Duration.between(now, today.isAfter(now) ? today : now.plusDays(1).with(at));
    }

    /** One run a day, each scheduling the next, so that the hour follows the clock's changes. */
    private void scheduleAfter(LocalTime at) {
        next = scheduler.schedule(() -> {
            try {
                Sent sent = send();
                LOG.info(() -> "Moderation digest: " + sent.waiting() + " waiting, sent to " + sent.recipients());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The moderation digest failed; tomorrow's is still planned", e);
            }
            scheduleAfter(at);
        }, untilNext(ZonedDateTime.now(clock), at).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends the digest now, if anything waits; in one transaction with the outbox. */
    @Transactional
    public Sent send() {
        QueuePage queue = workflow.queue(1, QueuePage.PORTAL_SIZE);
        if (queue.total() == 0) {
            return new Sent(0, 0);
        }
        People people = People.of(queue.resources().stream().map(Resource::getCreatedBy).toList(), accounts);
        String subject = Messages.format("mail.digest.subject", queue.total());
        String text = text(queue.resources().stream().map(r -> ModerationPages.QueueRow.of(r, people)).toList(),
                queue.total());
        List<String> addresses = accounts.digestAddressesOf(MODERATORS);
        addresses.forEach(address -> outbox.enqueue(new OutgoingMail(address, subject, text)));
        return new Sent((int) Math.min(Integer.MAX_VALUE, queue.total()), addresses.size());
    }

    /**
     * The body: the contributions that wait longest (a page of the queue), each with its review page, how many more
     * wait, then the queue.
     */
    String text(List<ModerationPages.QueueRow> queue, long waiting) {
        StringBuilder text = new StringBuilder(Messages.format("mail.digest.intro", waiting)).append("\n");
        for (ModerationPages.QueueRow row : queue) {
            text.append("\n").append(Messages.format("mail.digest.row", row.title(), row.owner(), row.submitted(),
                    publicUrl.of(row.url())));
        }
        if (waiting > queue.size()) {
            text.append("\n\n").append(Messages.format("mail.digest.more", waiting - queue.size()));
        }
        String footer = Messages.format("mail.digest.footer", publicUrl.of(Routes.MODERATION),
                publicUrl.of(Routes.MODERATION + "#" + DigestChoice.ANCHOR));
        return text.append("\n\n").append(footer).append('\n').toString();
    }
}

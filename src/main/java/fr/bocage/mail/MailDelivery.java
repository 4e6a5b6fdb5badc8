package fr.bocage.mail;

import fr.bocage.platform.DataDirectory;
import fr.bocage.platform.StartupOrder;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what the outbox holds, in the background: a message whose delivery fails is tried again with a growing
 * delay, and after {@value #MAX_ATTEMPTS} tries it is marked failed and logged, never dropped silently.
 */
@ApplicationScoped
public class MailDelivery {
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    static final int MAX_ATTEMPTS = 8;
    private static final long PERIOD_MILLIS = 1_000;
    private static final int BATCH = 20;
    private static final long ROUND_MILLIS = 10_000;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "mail/bocage")
    Session smtpSession;

    @Inject
    MailMessageRepository messages;

    @Inject
    DataDirectory data;

    @Inject
    OutboxReport outbox;

    @Inject
    MeterRegistry meters;

    /** {@code folder} (the default: .eml files in the data folder's outbox) or {@code smtp} (the mail session). */
    @Inject
    @ConfigProperty(name = "bocage.mail.transport", defaultValue = "folder")
    String transportName;

    private MailTransport transport;
    private ScheduledFuture<?> rounds;

    void onStart(@Observes @Priority(StartupOrder.MAIL) @Initialized(ApplicationScoped.class) Object ignored) {
        transport = switch (transportName.strip().toLowerCase()) {
            case "smtp" -> new SmtpTransport(smtpSession);
            case "folder" -> new FolderTransport(data.outbox());
            default -> throw new IllegalStateException("bocage.mail.transport is folder or smtp, not " + transportName);
        };
        LOG.info(() -> "E-mail goes " + (transport instanceof FolderTransport ? "to the folder " + data.outbox()
                : "through the SMTP server of the mail session mail/bocage"));
        registerGauges();
        rounds = scheduler.scheduleWithFixedDelay(this::round, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The outbox by state ({@code bocage_mail_outbox_messages}): a growing backlog or failures mean mail is not going out. */
    private void registerGauges() {
        for (MailState state : MailState.values()) {
            Gauge.builder("bocage.mail.outbox", outbox, report -> report.counts().get(state))
                    .description("Messages of the outbox: waiting (pending), sent, given up (failed)")
                    .baseUnit("messages").tag("state", state.name().toLowerCase(Locale.ROOT))
                    .strongReference(true).register(meters);
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }

    /**
     * Delivers what is due, batch after batch while batches come full (a newsletter queues thousands at once), for
     * at most {@link #ROUND_MILLIS}: then the next round goes on, so that a stop is never held up for long.
     */
    private void round() {
        try {
            long until = System.nanoTime() + ROUND_MILLIS * 1_000_000;
            List<MailMessage> due;
            do {
                due = messages.due(BATCH);
                for (MailMessage message : due) {
                    deliver(message);
                }
            } while (due.size() == BATCH && System.nanoTime() < until);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "E-mail delivery round failed; the next one retries", e);
        }
    }

    private void deliver(MailMessage message) {
        String error = null;
        try {
            transport.deliver(message.getId(), message.getRecipient(), messages.mimeOf(message.getId()));
        } catch (IOException | RuntimeException e) {
            error = e.getMessage() == null ? e.toString() : e.getMessage();
        }
        messages.record(message.getId(), error, MAX_ATTEMPTS, FIRST_RETRY);
        meters.counter("bocage.mail.deliveries", "outcome", error == null ? "sent" : "error").increment();
    }
}

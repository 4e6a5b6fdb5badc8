package fr.bocage.network.contact;

import fr.bocage.platform.StartupOrder;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Erases the contact messages older than {@code BOCAGE_CONTACT_RETENTION_DAYS} (90 by default): at start-up, then
 * every hour on Liberty's managed executor, so that none outlives its period by more than an hour, even on a
 * server restarted often. Their e-mails are the outbox's, which keeps its own history.
 */
@ApplicationScoped
public class ContactRetention {
    private static final Logger LOG = Logger.getLogger(ContactRetention.class.getName());
    private static final Duration PERIOD = Duration.ofHours(1);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ContactRepository messages;

    @Inject
    @ConfigProperty(name = "bocage.contact.retention-days", defaultValue = "90")
    int retentionDays;

    private ScheduledFuture<?> rounds;

    void onStart(@Observes @Priority(StartupOrder.MAIL) @Initialized(ApplicationScoped.class) Object ignored) {
        if (retentionDays < 1) {
            throw new IllegalStateException("bocage.contact.retention-days is a number of days, 1 or more, not "
                    + retentionDays);
        }
        rounds = scheduler.scheduleWithFixedDelay(this::round, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }

    private void round() {
        try {
            int erased = eraseExpired(Instant.now());
            if (erased > 0) {
                LOG.info(() -> erased + " contact messages older than " + retentionDays + " days erased");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Erasing the expired contact messages failed; the next round retries", e);
        }
    }

    /** Erases the messages whose retention period is over at {@code now}; how many. */
    public int eraseExpired(Instant now) {
        return messages.eraseBefore(now.minus(Duration.ofDays(retentionDays)));
    }

    public int retentionDays() {
        return retentionDays;
    }
}

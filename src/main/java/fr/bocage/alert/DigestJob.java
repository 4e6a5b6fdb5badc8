package fr.bocage.alert;

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
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the saved searches' digests: every {@link DigestPeriod#RUN_EVERY}, on Liberty's managed executor, each due
 * search in its own transaction ({@link DigestSender}); a failing one does not stop the others, and is tried again at
 * the next run since its covered time did not move. An administrator may run it at once, as if at another time, which
 * is how the tests go through a week in a second.
 */
@ApplicationScoped
public class DigestJob {
    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());
    /** Lets the server finish starting (and the index open) first. */
    private static final Duration FIRST_RUN = Duration.ofMinutes(5);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SavedSearchRepository searches;

    @Inject
    DigestSender sender;

    /** One run at a time: the hourly one and an administrator's must not both send a search's digest. */
    private final ReentrantLock running = new ReentrantLock();
    private ScheduledFuture<?> rounds;

    /** How many searches ended each way. */
    public record Run(Instant at, Map<DigestSender.Outcome, Integer> outcomes, int failed) {
    }

    void onStart(@Observes @Priority(StartupOrder.MAIL) @Initialized(ApplicationScoped.class) Object ignored) {
        rounds = scheduler.scheduleWithFixedDelay(this::round, FIRST_RUN.toMillis(),
                DigestPeriod.RUN_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }

    private void round() {
        try {
            Run run = run(Instant.now());
            int sent = run.outcomes().getOrDefault(DigestSender.Outcome.SENT, 0);
            if (sent > 0 || run.failed() > 0) {
                LOG.info(() -> "Saved searches' digests: " + sent + " sent, " + run.failed() + " failed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The saved searches' digests failed; the next run tries again", e);
        }
    }

    /** Sends every digest due at {@code now}. */
    public Run run(Instant now) {
        running.lock();
        try {
            Map<DigestSender.Outcome, Integer> outcomes = new EnumMap<>(DigestSender.Outcome.class);
            int failed = 0;
            for (long id : searches.withDigest()) {
                try {
                    outcomes.merge(sender.send(id, now), 1, Integer::sum);
                } catch (RuntimeException e) {
                    failed++;
                    LOG.log(Level.WARNING, "The digest of saved search " + id + " failed", e);
                }
            }
            return new Run(now, outcomes, failed);
        } finally {
            running.unlock();
        }
    }
}

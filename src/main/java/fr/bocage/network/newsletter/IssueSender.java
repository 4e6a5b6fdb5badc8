package fr.bocage.network.newsletter;

import fr.bocage.platform.StartupOrder;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs sendings in the background, batch after batch ({@link IssueBatches}), on Liberty's managed executor; at start
 * it resumes every issue left sending by a stop or a crash, from its cursor.
 */
@ApplicationScoped
public class IssueSender {
    private static final Logger LOG = Logger.getLogger(IssueSender.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    IssueBatches batches;

    @Inject
    IssueRepository issues;

    /** The issues this server is sending now: one job each. */
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    void onStart(@Observes @Priority(StartupOrder.MAIL + 10) @Initialized(ApplicationScoped.class) Object ignored) {
        for (Issue issue : issues.inStatus(Issue.Status.SENDING)) {
            LOG.info(() -> "Resuming the sending of newsletter issue " + issue.getNumber() + " after subscriber "
                    + issue.getCursor());
            start(issue.getId());
        }
    }

    /**
     * Starts the job of an issue being put in the sending state by the caller's transaction: its first batch waits
     * for that transaction's lock on the issue, and stops at once if it was rolled back.
     */
    void startAfterCommit(long issueId) {
        start(issueId);
    }

    private void start(long issueId) {
        if (!running.add(issueId)) {
            return;
        }
        executor.submit(() -> {
            try {
                while (batches.next(issueId)) {
                    Thread.yield();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Newsletter issue " + issueId + ": sending stopped; it resumes at the next start", e);
            } finally {
                running.remove(issueId);
            }
        });
    }
}

package fr.bocage.backup;

import fr.bocage.platform.Messages;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A backup started from the console: written in the background, so that the page answers at once and follows it,
 * with the outcome of the last one kept until the next (in memory: after a restart, the list of backups tells).
 */
@ApplicationScoped
public class BackgroundBackup {
    private static final Logger LOG = Logger.getLogger(BackgroundBackup.class.getName());

    @Inject
    BackupService backups;

    @Resource
    ManagedExecutorService executor;

    /**
     * @param name the backup written, once done
     * @param error why it failed, or null
     */
    public record Run(Instant startedAt, boolean running, String name, String error) {
    }

    private final AtomicReference<Run> last = new AtomicReference<>();

    /** The last run started here, or null. */
    public Run last() {
        return last.get();
    }

    /** Starts a backup; false when one started here still runs (a backup from the API is refused when it starts). */
    public boolean start() {
        Run current = last.get();
        Run started = new Run(Instant.now(), true, null, null);
        if (current != null && current.running() || !last.compareAndSet(current, started)) {
            return false;
        }
        executor.execute(() -> last.set(write(started)));
        return true;
    }

    private Run write(Run started) {
        try {
            return new Run(started.startedAt(), false, backups.create().name(), null);
        } catch (BackupInProgressException e) {
            return new Run(started.startedAt(), false, null, Messages.get("backup.running"));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Backup started from the console failed", e);
            return new Run(started.startedAt(), false, null, Messages.format("console.backup.failed",
                    e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }
}

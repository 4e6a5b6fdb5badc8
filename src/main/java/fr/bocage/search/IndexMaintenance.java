package fr.bocage.search;

import fr.bocage.platform.StartupOrder;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the index in line with the database: checks it at start-up and repairs what is missing, stale or left
 * over; rebuilds it in full on demand or when it is unreadable. Both run in the background while search answers.
 */
@ApplicationScoped
public class IndexMaintenance {
    private static final Logger LOG = Logger.getLogger(IndexMaintenance.class.getName());

    @Inject
    SearchEngine engine;

    @Inject
    IndexSource source;

    @Resource
    ManagedExecutorService executor;

    private final AtomicReference<IndexProgress> progress = new AtomicReference<>(IndexProgress.idle());

    void onStart(@Observes @Priority(StartupOrder.INDEX) @Initialized(ApplicationScoped.class) Object ignored) {
        if (engine.index().needsRebuild()) {
            LOG.warning("The search index is missing, unreadable or from another version: rebuilding it from the database");
            start(IndexProgress.Kind.REBUILD);
        } else {
            start(IndexProgress.Kind.REPAIR);
        }
    }

    public IndexProgress progress() {
        return progress.get();
    }

    /** Starts a full rebuild; false if maintenance is already running. */
    public boolean rebuildInBackground() {
        return start(IndexProgress.Kind.REBUILD);
    }

    public boolean repairInBackground() {
        return start(IndexProgress.Kind.REPAIR);
    }

    private boolean start(IndexProgress.Kind kind) {
        IndexProgress current = progress.get();
        if (current.running()) {
            return false;
        }
        if (!progress.compareAndSet(current, IndexProgress.started(kind, 0))) {
            return false;
        }
        executor.execute(() -> run(kind));
        return true;
    }

    private void run(IndexProgress.Kind kind) {
        try {
            long total = source.count();
            progress.set(IndexProgress.started(kind, total));
            long done = kind == IndexProgress.Kind.REBUILD ? rebuild(total) : repair();
            progress.set(progress.get().finished(done));
            LOG.info(() -> "Search index " + kind.name().toLowerCase() + " finished: " + done + " resources written");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Search index " + kind.name().toLowerCase() + " failed", e);
            progress.set(progress.get().failed(e.toString()));
        }
    }

    private long rebuild(long total) throws IOException {
        engine.index().rebuild(source.all(), total, done -> progress.set(progress.get().advanced(done)));
        return total;
    }

    /** Writes only what differs: a start-up check on an index in good shape reads no stored text at all. */
    private long repair() throws IOException {
        ResourceIndex index = engine.index();
        Map<Long, Long> expected = source.revisions();
        Map<Long, Long> indexed = new HashMap<>(index.revisions());
        progress.set(progress.get().withTotal(expected.size()));
        long written = 0;
        long checked = 0;
        for (Map.Entry<Long, Long> entry : expected.entrySet()) {
            Long revision = indexed.remove(entry.getKey());
            if (!entry.getValue().equals(revision)) {
                var resource = source.load(entry.getKey());
                if (resource.isPresent()) {
                    index.upsert(resource.get());
                    written++;
                }
            }
            progress.set(progress.get().advanced(++checked));
        }
        for (Long leftover : indexed.keySet()) {
            index.delete(leftover);
            written++;
        }
        index.refresh();
        index.commit();
        return written;
    }

    /** Progress of the current or last maintenance run, as the admin API shows it. */
    public record IndexProgress(Kind kind, State state, long processed, long total, Instant startedAt,
            Instant finishedAt, Long written, String error) {

        public enum Kind { REBUILD, REPAIR }

        public enum State { IDLE, RUNNING, DONE, FAILED }

        static IndexProgress idle() {
            return new IndexProgress(null, State.IDLE, 0, 0, null, null, null, null);
        }

        static IndexProgress started(Kind kind, long total) {
            return new IndexProgress(kind, State.RUNNING, 0, total, Instant.now(), null, null, null);
        }

        public boolean running() {
            return state == State.RUNNING;
        }

        public int percent() {
            if (state == State.DONE) {
                return 100;
            }
            return total == 0 ? 0 : (int) Math.min(100, processed * 100 / total);
        }

        IndexProgress advanced(long done) {
            return new IndexProgress(kind, state, done, total, startedAt, finishedAt, written, error);
        }

        IndexProgress withTotal(long newTotal) {
            return new IndexProgress(kind, state, processed, newTotal, startedAt, finishedAt, written, error);
        }

        IndexProgress finished(long count) {
            return new IndexProgress(kind, State.DONE, total, total, startedAt, Instant.now(), count, null);
        }

        IndexProgress failed(String message) {
            return new IndexProgress(kind, State.FAILED, processed, total, startedAt, Instant.now(), written, message);
        }
    }
}

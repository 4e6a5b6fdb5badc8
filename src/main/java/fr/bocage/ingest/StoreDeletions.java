package fr.bocage.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Deletions from the stores, which a backup holds while it copies them: stored files never change, and a file is only
 * deleted after the commit that left it without owner, so with deletions held every file the backed-up database
 * names is still there to copy. Uploads are never held: a file kept meanwhile is at worst copied without a row.
 */
@ApplicationScoped
public class StoreDeletions {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    void run(Runnable deletion) {
        lock.readLock().lock();
        try {
            deletion.run();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs {@code work} with no deletion from the stores until it returns. */
    public <T> T held(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}

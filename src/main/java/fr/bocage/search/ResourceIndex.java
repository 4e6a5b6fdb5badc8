package fr.bocage.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * The Lucene index of resources, safe for concurrent use.
 * <p>
 * <b>Layout.</b> Under the base directory each generation lives in {@code gen-<n>/}; the file {@code current} names
 * the live one. A full {@link #rebuild} writes a new generation while searches keep using the live one, then swaps.
 * <p>
 * <b>Damage.</b> If the live generation is missing or cannot be opened (corrupt files, a format from another Lucene
 * version, a dangling pointer), a fresh empty generation replaces it and {@link #needsRebuild()} is true until a
 * rebuild completes. The only failures reported are those a fresh index would not fix: the directory being locked
 * by another process, or not writable.
 * <p>
 * <b>Commit policy.</b> {@link #upsert} and {@link #delete} only buffer; {@link #refresh()} commits durably and makes
 * the changes visible. Call it once after each batch of writes (one edit, one import). Changes not yet refreshed are
 * lost in a crash, which {@link #revisions()} lets the caller detect and repair from the database.
 */
public final class ResourceIndex implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ResourceIndex.class.getName());
    private static final int PROGRESS_STEPS = 100;

    private final GenerationLayout layout;
    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(new FrenchTextAnalyzer(),
            Map.of(ResourceSchema.SPELLING, FrenchTextAnalyzer.words()));

    /**
     * Shared by ordinary writes, refreshes and commits (IndexWriter is thread-safe, and analysing a document is the
     * slow part of a write); exclusive while a rebuild runs, so that both generations receive writes in the same
     * order, and to start, swap or drop a generation.
     */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    /** Searchers are acquired under the read lock; the live generation is replaced under the write lock. */
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    private Generation live;                                        // replaced under gate.writeLock and swap.writeLock
    private Generation building;                                    // written under gate.writeLock
    private final Set<Long> writtenDuringRebuild = new HashSet<>(); // written under gate.writeLock
    private volatile boolean needsRebuild;
    private volatile boolean closed;

    private ResourceIndex(GenerationLayout layout) throws IOException {
        this.layout = layout;
        Generation existing = openLive();
        needsRebuild = existing == null || !existing.hasCurrentSchema();
        if (existing != null && needsRebuild) {
            LOG.log(System.Logger.Level.WARNING, "The search index was written by another version of Bocage; it keeps "
                    + "answering until it is rebuilt");
        }
        live = existing != null ? existing : createLive();
        layout.deleteAllExcept(live.name());
    }

    /** Opens the index under {@code baseDirectory}, creating it, or replacing it by an empty one if damaged. */
    public static ResourceIndex open(Path baseDirectory) throws IOException {
        return new ResourceIndex(new GenerationLayout(baseDirectory));
    }

    /**
     * True when the index was found missing or damaged (it then started empty) or written by another version (it
     * then still answers), until a {@link #rebuild} completes.
     */
    public boolean needsRebuild() {
        return needsRebuild;
    }

    /** Adds the resource or replaces its previous version. Visible after {@link #refresh()}. */
    public void upsert(IndexedResource resource) throws IOException {
        Document doc = ResourceSchema.toDocument(resource);
        Term id = ResourceSchema.idTerm(resource.id());
        write(resource.id(), generation -> generation.writer().updateDocument(id, doc));
    }

    /** Removes the resource if present. Visible after {@link #refresh()}. */
    public void delete(long id) throws IOException {
        Term term = ResourceSchema.idTerm(id);
        write(id, generation -> generation.writer().deleteDocuments(term));
    }

    private void write(long id, GenerationWrite write) throws IOException {
        gate.readLock().lock();
        try {
            ensureOpen();
            if (building == null) {
                write.apply(live);
                return;
            }
        } finally {
            gate.readLock().unlock();
        }
        gate.writeLock().lock();
        try {
            ensureOpen();
            write.apply(live);
            if (building != null) {
                write.apply(building);
                writtenDuringRebuild.add(id);
            }
        } finally {
            gate.writeLock().unlock();
        }
    }

    /**
     * Makes buffered writes visible to searches (near-real-time, no fsync); returns once they are. Durability is
     * {@link #commit()}'s job: what a crash loses before it, the start-up check restores from the database.
     */
    public void refresh() throws IOException {
        gate.readLock().lock();
        try {
            ensureOpen();
            // Blocking, unlike maybeRefresh(): callers expect to read their own writes when this returns.
            live.searchers().maybeRefreshBlocking();
        } finally {
            gate.readLock().unlock();
        }
    }

    /** Writes buffered changes durably to disk (a no-op when there are none). */
    public void commit() throws IOException {
        gate.readLock().lock();
        try {
            ensureOpen();
            live.commit();
        } finally {
            gate.readLock().unlock();
        }
    }

    /** Id to revision of every document, as of the last {@link #refresh()}. */
    public Map<Long, Long> revisions() throws IOException {
        try (Lease lease = acquire()) {
            Map<Long, Long> revisions = new HashMap<>();
            for (LeafReaderContext leaf : lease.searcher().getIndexReader().leaves()) {
                NumericDocValues ids = leaf.reader().getNumericDocValues(ResourceSchema.ID);
                NumericDocValues revs = leaf.reader().getNumericDocValues(ResourceSchema.REVISION);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; ids != null && doc < leaf.reader().maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc) && revs.advanceExact(doc)) {
                        revisions.put(ids.longValue(), revs.longValue());
                    }
                }
            }
            return revisions;
        }
    }

    /** Number of documents, as of the last {@link #refresh()}. */
    public int count() throws IOException {
        try (Lease lease = acquire()) {
            return lease.searcher().getIndexReader().numDocs();
        }
    }

    /**
     * Replaces the whole index by {@code all}, without interrupting searches: they answer from the current
     * generation until the new one is complete and committed, then switch atomically. Writes made meanwhile go to
     * both generations and win over what {@code all} yields for the same id, which may have been read before them.
     * On failure the new generation is dropped and the current one stays.
     *
     * @param expectedTotal how many resources {@code all} should yield, only used to pace {@code progress}
     * @param progress      receives the number of resources written so far, about every percent, and at the end
     * @throws IllegalStateException if a rebuild is already running
     */
    public void rebuild(Iterable<IndexedResource> all, long expectedTotal, LongConsumer progress) throws IOException {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("A rebuild of the search index is already running");
        }
        try {
            Generation target = startBuilding();
            try {
                long written = fill(target, all, Math.max(1, expectedTotal / PROGRESS_STEPS), progress);
                progress.accept(written);
                swapTo(target);
            } catch (IOException | RuntimeException | Error e) {
                abandon(target);
                throw e;
            }
        } finally {
            rebuilding.set(false);
        }
    }

    private Generation startBuilding() throws IOException {
        gate.writeLock().lock();
        try {
            ensureOpen();
            String name = layout.nextGeneration();
            building = Generation.create(name, layout.path(name), analyzer);
            writtenDuringRebuild.clear();
            return building;
        } finally {
            gate.writeLock().unlock();
        }
    }

    private long fill(Generation target, Iterable<IndexedResource> all, long step, LongConsumer progress)
            throws IOException {
        long written = 0;
        for (IndexedResource resource : all) {
            Document doc = ResourceSchema.toDocument(resource);
            gate.writeLock().lock();
            try {
                ensureOpen();
                if (!writtenDuringRebuild.contains(resource.id())) {
                    target.writer().updateDocument(ResourceSchema.idTerm(resource.id()), doc);
                }
            } finally {
                gate.writeLock().unlock();
            }
            if (++written % step == 0) {
                progress.accept(written);
            }
        }
        return written;
    }

    private void swapTo(Generation target) throws IOException {
        Generation previous;
        gate.writeLock().lock();
        try {
            ensureOpen();
            target.writer().commit();
            target.startSearching();
            layout.setCurrent(target.name());
            swap.writeLock().lock();
            try {
                previous = live;
                live = target;
            } finally {
                swap.writeLock().unlock();
            }
            building = null;
            writtenDuringRebuild.clear();
            needsRebuild = false;
        } finally {
            gate.writeLock().unlock();
        }
        // Searches still holding the previous generation's searchers finish on them; on POSIX file systems the
        // deleted files stay readable until released, elsewhere the next open() removes what is left.
        previous.discard();
        layout.delete(previous.name());
    }

    private void abandon(Generation target) {
        gate.writeLock().lock();
        try {
            building = null;
            writtenDuringRebuild.clear();
        } finally {
            gate.writeLock().unlock();
        }
        try {
            target.discard();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not close the abandoned index generation", e);
        }
        layout.delete(target.name());
    }

    /** A searcher of the live generation; close the lease to release it. */
    Lease acquire() throws IOException {
        swap.readLock().lock();
        try {
            ensureOpen();
            SearcherManager searchers = live.searchers();
            return new Lease(searchers, (FacetedSearcher) searchers.acquire());
        } finally {
            swap.readLock().unlock();
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Commits and closes. A running rebuild fails and its generation is dropped. */
    @Override
    public void close() throws IOException {
        gate.writeLock().lock();
        swap.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            live.close();
        } finally {
            swap.writeLock().unlock();
            gate.writeLock().unlock();
            analyzer.close();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new AlreadyClosedException("The search index is closed");
        }
    }

    private Generation openLive() throws IOException {
        String name = layout.current().orElse(null);
        if (name == null) {
            LOG.log(System.Logger.Level.INFO, "No search index found, starting an empty one");
            return null;
        }
        try {
            return Generation.openExisting(name, layout.path(name), analyzer);
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING,
                    "Search index " + layout.path(name) + " is unusable, starting an empty one", e);
            return null;
        }
    }

    private Generation createLive() throws IOException {
        String name = layout.nextGeneration();
        Generation generation = Generation.create(name, layout.path(name), analyzer);
        generation.startSearching();
        layout.setCurrent(name);
        return generation;
    }

    @FunctionalInterface
    private interface GenerationWrite {
        void apply(Generation generation) throws IOException;
    }

    /** A searcher on loan from one generation, returned to that same generation even after a swap. */
    record Lease(SearcherManager owner, FacetedSearcher searcher) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            owner.release(searcher);
        }
    }
}

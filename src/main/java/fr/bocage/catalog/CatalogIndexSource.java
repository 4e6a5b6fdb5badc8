package fr.bocage.catalog;

import fr.bocage.search.IndexSource;
import fr.bocage.search.IndexedResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** The database as the index's source of truth. */
@ApplicationScoped
public class CatalogIndexSource implements IndexSource {
    private static final int BATCH = 100;

    @Inject
    ResourceRepository resources;

    @Inject
    IndexedResources indexed;

    @Override
    public Map<Long, Long> revisions() {
        return resources.revisions();
    }

    @Override
    public long count() {
        return resources.count();
    }

    @Override
    public Optional<IndexedResource> load(long id) {
        return resources.find(id).map(indexed::of);
    }

    /**
     * Reads outside any transaction: each batch gets a fresh persistence context that is dropped after it, so a
     * rebuild of any size holds neither a transaction nor a growing cache.
     */
    @Override
    public Iterable<IndexedResource> all() {
        return () -> new Iterator<>() {
            private Iterator<IndexedResource> batch = nextBatch(0).iterator();
            private long lastId;

            @Override
            public boolean hasNext() {
                if (!batch.hasNext() && lastId >= 0) {
                    batch = nextBatch(lastId).iterator();
                    lastId = batch.hasNext() ? lastId : -1;
                }
                return batch.hasNext();
            }

            @Override
            public IndexedResource next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                IndexedResource next = batch.next();
                lastId = next.id();
                return next;
            }
        };
    }

    private List<IndexedResource> nextBatch(long after) {
        return resources.pageAfter(after, BATCH).stream().map(indexed::of).toList();
    }
}

package fr.bocage.search;

import java.util.Map;
import java.util.Optional;

/** Where the index comes from: the database, which stays the source of truth. */
public interface IndexSource {

    /** The id and revision of every resource, to find index entries that are missing, stale or left over. */
    Map<Long, Long> revisions();

    long count();

    Optional<IndexedResource> load(long id);

    /** Every resource, read in batches as the iteration goes, never all in memory at once. */
    Iterable<IndexedResource> all();
}

package fr.bocage.portal.harvest;

import java.time.Instant;
import java.util.Comparator;

/**
 * Where a record stands in a harvest: by datestamp, then id. A resumption token carries the last key it gave, so
 * that the next page starts right after it whatever changed meanwhile: a record changed since comes later, with its
 * new datestamp, and none is skipped or given twice within a datestamp.
 */
record HarvestKey(Instant datestamp, long id) implements Comparable<HarvestKey> {
    static final HarvestKey START = new HarvestKey(Instant.EPOCH, Long.MIN_VALUE);

    private static final Comparator<HarvestKey> ORDER = Comparator.comparing(HarvestKey::datestamp)
            .thenComparingLong(HarvestKey::id);

    @Override
    public int compareTo(HarvestKey other) {
        return ORDER.compare(this, other);
    }
}

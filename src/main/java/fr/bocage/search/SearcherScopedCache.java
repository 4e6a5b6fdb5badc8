package fr.bocage.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;

/**
 * Answers computed from one view of the index, kept until the index changes: a refresh (a publication, an edit, a
 * withdrawal) opens a new reader, and the answers of the old one are dropped at the first look-up through the new.
 * Bounded: when full it starts afresh, which costs recomputing, never a stale answer.
 */
final class SearcherScopedCache<K, V> {

    /** Computes an answer from the reader the look-up was made with. */
    interface Computation<V> {
        V compute() throws IOException;
    }

    private record Scope<K, V>(Object readerKey, Map<K, V> values) {
    }

    private final int maxEntries;
    private volatile Scope<K, V> scope = new Scope<>(new Object(), new ConcurrentHashMap<>());

    SearcherScopedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The answer for {@code key} in {@code reader}'s view, computed once per view. */
    V get(IndexReader reader, K key, Computation<V> computation) throws IOException {
        Scope<K, V> current = scopeOf(reader.getReaderCacheHelper().getKey());
        V known = current.values().get(key);
        if (known != null) {
            return known;
        }
        V computed = computation.compute();
        if (current.values().size() >= maxEntries) {
            current.values().clear();
        }
        current.values().put(key, computed);
        return computed;
    }

    private Scope<K, V> scopeOf(Object readerKey) {
        Scope<K, V> current = scope;
        if (current.readerKey() != readerKey) {
            current = new Scope<>(readerKey, new ConcurrentHashMap<>());
            scope = current;
        }
        return current;
    }
}

package fr.bocage.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

/**
 * Completions of what is being typed in the search box: titles of published resources, and the words that recur
 * in them. Only published public titles are read (never a members-only one: completions are the same for
 * everybody), so nothing else can be suggested, words included.
 * <p>
 * An {@link AnalyzingInfixSuggester} in memory matches the start of any word ("hum" finds "Inventaire des zones
 * humides"), accents and case aside. It is rebuilt by {@link #refresh()}, which the server calls on a schedule, only
 * when the index has changed since the last build: requests never pay for a build.
 */
public final class Suggestions implements AutoCloseable {

    public static final int MAX = 8;
    /** Longer input is cut: completions are for the first words typed. */
    static final int MAX_TYPED = 100;
    /** A word is suggested when at least this many published titles share it... */
    static final int MIN_WORD_TITLES = 2;
    /** ...and it is at least this long: shorter ones are completed faster by typing. */
    static final int MIN_WORD_LENGTH = 4;
    private static final Set<String> FIELDS_READ = Set.of(ResourceSchema.ID, ResourceSchema.TITLE);
    /** Titles come before words. */
    private static final long TITLE_WEIGHT = 1_000_000;

    public enum Kind { TITLE, TERM }

    /** @param id the resource of a title, null for a word */
    public record Suggestion(String text, Kind kind, Long id) {
    }

    private final ResourceIndex index;
    private final Analyzer words = FrenchTextAnalyzer.words();
    private final Analyzer folded = FrenchTextAnalyzer.folded();
    private final AnalyzingInfixSuggester suggester;
    /** Identifies the reader of the last build; a new generation or refresh has another. Guarded by this. */
    private IndexReader.CacheKey built;

    public Suggestions(ResourceIndex index) throws IOException {
        this.index = index;
        this.suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), folded, folded,
                AnalyzingInfixSuggester.DEFAULT_MIN_PREFIX_CHARS, true);
    }

    /** At most {@value #MAX} completions of {@code typed}, titles first; none before the first build. */
    public List<Suggestion> complete(String typed) throws IOException {
        if (typed == null || typed.isBlank() || suggester.getCount() == 0) {
            return List.of();
        }
        List<Suggestion> found = new ArrayList<>();
        String key = typed.strip();
        key = key.substring(0, Math.min(key.length(), MAX_TYPED));
        for (Lookup.LookupResult result : suggester.lookup(key, (BooleanQuery) null, MAX, true, false)) {
            String payload = result.payload.utf8ToString();
            found.add(payload.isEmpty() ? new Suggestion(result.key.toString(), Kind.TERM, null)
                    : new Suggestion(result.key.toString(), Kind.TITLE, Long.valueOf(payload)));
        }
        return stillPublished(found);
    }

    /**
     * Drops the titles withdrawn or deleted since the last build: the searcher knows within a second, the next
     * build may be five away, and a withdrawn title must not be offered meanwhile.
     */
    private List<Suggestion> stillPublished(List<Suggestion> found) throws IOException {
        if (found.stream().noneMatch(s -> s.kind() == Kind.TITLE)) {
            return found;
        }
        List<Suggestion> kept = new ArrayList<>(found.size());
        try (ResourceIndex.Lease lease = index.acquire()) {
            for (Suggestion suggestion : found) {
                if (suggestion.kind() == Kind.TERM || lease.searcher().count(new BooleanQuery.Builder()
                        .add(new TermQuery(ResourceSchema.idTerm(suggestion.id())), Occur.FILTER)
                        .add(CircleFilter.PUBLISHED_PUBLIC, Occur.FILTER).build()) > 0) {
                    kept.add(suggestion);
                }
            }
        }
        return kept;
    }

    /** Rebuilds from the published titles if the index changed since the last build. */
    public synchronized void refresh() throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (ResourceIndex.Lease lease = index.acquire()) {
            IndexReader.CacheKey reader = lease.searcher().getIndexReader().getReaderCacheHelper().getKey();
            if (reader == built) {
                return;
            }
            Map<String, Integer> titlesPerWord = new HashMap<>();
            StoredFields stored = lease.searcher().storedFields();
            for (ScoreDoc hit : lease.searcher().search(CircleFilter.PUBLISHED_PUBLIC, Integer.MAX_VALUE).scoreDocs) {
                Document doc = stored.document(hit.doc, FIELDS_READ);
                String title = doc.get(ResourceSchema.TITLE);
                if (title == null || title.isBlank()) {
                    continue;
                }
                entries.add(new Entry(title, TITLE_WEIGHT,
                        Long.toString(doc.getField(ResourceSchema.ID).numericValue().longValue())));
                wordsOf(title).forEach(word -> titlesPerWord.merge(word, 1, Integer::sum));
            }
            titlesPerWord.forEach((word, count) -> {
                if (count >= MIN_WORD_TITLES && word.length() >= MIN_WORD_LENGTH) {
                    entries.add(new Entry(word, count, ""));
                }
            });
            suggester.build(new EntryIterator(entries));
            built = reader;
        }
    }

    private Set<String> wordsOf(String title) throws IOException {
        Set<String> found = new HashSet<>();
        try (TokenStream tokens = words.tokenStream(ResourceSchema.SPELLING, title)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                found.add(term.toString());
            }
            tokens.end();
        }
        return found;
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(suggester, words, folded);
    }

    private record Entry(String text, long weight, String payload) {
    }

    /** The entries as the suggester reads them; the payload is the resource id of a title, empty for a word. */
    private static final class EntryIterator implements InputIterator {
        private final Iterator<Entry> entries;
        private Entry current;

        EntryIterator(List<Entry> entries) {
            this.entries = entries.iterator();
        }

        @Override
        public BytesRef next() {
            if (!entries.hasNext()) {
                return null;
            }
            current = entries.next();
            return new BytesRef(current.text());
        }

        @Override
        public long weight() {
            return current.weight();
        }

        @Override
        public BytesRef payload() {
            return new BytesRef(current.payload());
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}

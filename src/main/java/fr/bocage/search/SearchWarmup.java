package fr.bocage.search;

import fr.bocage.platform.StartupWarmup;
import fr.bocage.platform.Warmups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.logging.Logger;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Warms the search up after a start, in the background: searches made of the index's own common words, alone,
 * in pairs and within each facet's most common values, so that the analysis, the facet counts and the snippets are
 * compiled before visitors come (the first 300 queries after a start on 100,000 documents had a p95 of 128 ms, 13 ms
 * warm). Their answers are thrown away; bounded in searches and in time. Off with {@code bocage.warmup.enabled=false}.
 * The server is not ready while it runs ({@link Warmups}).
 */
@ApplicationScoped
public class SearchWarmup extends StartupWarmup {
    private static final Logger LOG = Logger.getLogger(SearchWarmup.class.getName());
    private static final int WORDS = 40;
    private static final int COMMON = 50;
    private static final int LABELS = 400;
    private static final int MAX_SEARCHES = 1_500;
    private static final long MAX_NANOS = 60_000_000_000L;

    @Inject
    SearchEngine engine;

    @Inject
    ThesaurusStore thesaurus;

    public SearchWarmup() {
        super("search");
    }

    @Override
    protected void warm() {
        long start = System.nanoTime();
        try {
            List<SearchRequest> searches = plan();
            int done = 0;
            while (done < MAX_SEARCHES && !searches.isEmpty() && !stopping() && System.nanoTime() - start < MAX_NANOS) {
                engine.search(searches.get(done % searches.size()));
                done++;
            }
            int searched = done;
            LOG.info(() -> String.format("Search warmed up: %d searches in %d ms", searched,
                    (System.nanoTime() - start) / 1_000_000));
        } catch (IOException | RuntimeException e) {
            LOG.info(() -> "Search not warmed up: " + e);
        }
    }

    /** The searches of the warm-up, from what the index holds now; for warming the pages that show them too. */
    public List<SearchRequest> plan() throws IOException {
        SearchResult all = engine.search(SearchRequest.of(""));
        List<SearchRequest> searches = new ArrayList<>(searches(all, frequentWords()));
        searches.addAll(conceptSearches(all, conceptLabels()));
        return searches;
    }

    /**
     * The thesaurus's labels, as practitioners type them (« zone humide », « plan climat-air-énergie territorial »):
     * several words, elisions and hyphens, and expanded to the concept's other labels, which the index's single words
     * do not exercise (after the word searches alone, the first 300 real queries still kept a compiler busy: p95 26 ms,
     * 12 ms once the labels had been searched).
     */
    private List<String> conceptLabels() {
        return thesaurus.thesaurus().concepts().stream().flatMap(concept -> concept.labels().stream()).distinct()
                .limit(LABELS).toList();
    }

    /** Each label alone, within one facet's commonest value, then within two facets' at once, in turn. */
    static List<SearchRequest> conceptSearches(SearchResult all, List<String> labels) {
        List<Map.Entry<String, String>> facets = commonestValues(all);
        List<SearchRequest> searches = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            SearchRequest search = SearchRequest.of(labels.get(i));
            int within = facets.isEmpty() ? 0 : i % 3;
            for (int f = 0; f < within; f++) {
                Map.Entry<String, String> facet = facets.get((i + f) % facets.size());
                search = search.within(facet.getKey(), facet.getValue());
            }
            searches.add(search);
        }
        return searches;
    }

    /**
     * Each word alone, with the next one, within the most common value of one facet after the other, and in one of
     * the forms people type: a phrase, an alternative, an exclusion, or sorted by date on a second page.
     */
    static List<SearchRequest> searches(SearchResult all, List<String> words) {
        List<Map.Entry<String, String>> facets = commonestValues(all);
        List<SearchRequest> searches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String next = words.get((i + 1) % words.size());
            searches.add(SearchRequest.of(word));
            searches.add(SearchRequest.of(word + " " + next));
            if (!facets.isEmpty()) {
                Map.Entry<String, String> facet = facets.get(i % facets.size());
                searches.add(SearchRequest.of(word).within(facet.getKey(), facet.getValue()));
            }
            searches.add(switch (i % 4) {
                case 0 -> SearchRequest.of("\"" + word + " " + next + "\"");
                case 1 -> SearchRequest.of(word + " OR " + next);
                case 2 -> SearchRequest.of(word + " -" + next);
                default -> new SearchRequest(word, Map.of(), SearchRequest.Sort.DATE, 2, SearchRequest.DEFAULT_SIZE,
                        false);
            });
        }
        return searches;
    }

    /** Each dimension's commonest value, for the dimensions that have one. */
    private static List<Map.Entry<String, String>> commonestValues(SearchResult all) {
        List<Map.Entry<String, String>> facets = new ArrayList<>();
        all.facets().forEach((dimension, values) -> {
            if (!values.isEmpty()) {
                facets.add(Map.entry(dimension, values.get(0).value()));
            }
        });
        return facets;
    }

    /**
     * Common words of the published public documents (the spelling field holds only theirs), but none found in more
     * than one document in {@link #COMMON}: what compiles the code is the number of searches, and a word found
     * everywhere makes each of them count facets over the whole index.
     */
    private List<String> frequentWords() throws IOException {
        PriorityQueue<Map.Entry<String, Integer>> top = new PriorityQueue<>(Map.Entry.comparingByValue());
        try (ResourceIndex.Lease lease = engine.index().acquire()) {
            Terms terms = MultiTerms.getTerms(lease.searcher().getIndexReader(), ResourceSchema.SPELLING);
            if (terms == null) {
                return List.of();
            }
            int ceiling = Math.max(2, lease.searcher().getIndexReader().maxDoc() / COMMON);
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                int found = each.docFreq();
                if (found <= ceiling && (top.size() < WORDS || found > top.peek().getValue())) {
                    String word = term.utf8ToString();
                    if (word.length() >= 4 && word.chars().allMatch(Character::isLetter)) {
                        top.add(Map.entry(word, found));
                        if (top.size() > WORDS) {
                            top.poll();
                        }
                    }
                }
            }
        }
        return top.stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(Map.Entry::getKey).toList();
    }
}

package fr.bocage.search;

import fr.bocage.platform.DataDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The one open index of the server and the search service over it. */
@ApplicationScoped
public class SearchEngine {
    private static final Logger LOG = Logger.getLogger(SearchEngine.class.getName());

    /**
     * How often changes become visible to searches. Refreshing after every change made each upload pay for a new
     * segment and reader (most of an upload's time in the benchmark); once a second serves a whole batch.
     */
    private static final long REFRESH_MILLIS = 1000;
    /** How often the search box's completions are rebuilt, when the index has changed. */
    private static final long SUGGESTIONS_MILLIS = 5000;
    /** How often index changes are made durable; a commit per upload would fsync on every one. */
    private static final long COMMIT_MILLIS = 5000;

    @Inject
    DataDirectory data;

    @Inject
    ThesaurusStore thesaurus;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> refreshes;
    private ScheduledFuture<?> commits;
    private ScheduledFuture<?> suggestionBuilds;

    private ResourceIndex index;
    private SearchService search;
    private SimilarResources similar;
    private Suggestions suggestions;

    @PostConstruct
    void open() {
        try {
            index = ResourceIndex.open(data.index());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + data.index(), e);
        }
        search = new SearchService(index, thesaurus::thesaurus);
        similar = new SimilarResources(index);
        try {
            suggestions = new Suggestions(index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refreshes = every(REFRESH_MILLIS, REFRESH_MILLIS, index::refresh);
        commits = every(COMMIT_MILLIS, COMMIT_MILLIS, index::commit);
        suggestionBuilds = every(0, SUGGESTIONS_MILLIS, suggestions::refresh);
    }

    private ScheduledFuture<?> every(long firstMillis, long millis, IndexTask task) {
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Index refresh, commit or completion build failed; the next run retries", e);
            }
        }, firstMillis, millis, TimeUnit.MILLISECONDS);
    }

    private interface IndexTask {
        void run() throws IOException;
    }

    @PreDestroy
    void close() {
        refreshes.cancel(false);
        commits.cancel(false);
        suggestionBuilds.cancel(false);
        try {
            suggestions.close();
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ResourceIndex index() {
        return index;
    }

    /** Completions of what is typed in the search box, from published public titles only. */
    public List<Suggestions.Suggestion> complete(String typed) {
        try {
            return suggestions.complete(typed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Published public resources like the given one, best first. */
    public List<SearchResult.Hit> similarTo(long id) {
        return similarTo(id, Set.of());
    }

    /** As above, with the members-only resources of the viewer's circles. */
    public List<SearchResult.Hit> similarTo(long id, Set<String> circles) {
        try {
            return similar.of(id, circles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The search among the given resources only; see {@link SearchService#searchAmong}. */
    public SearchResult searchAmong(SearchRequest request, java.util.Collection<Long> ids) {
        try {
            return search.searchAmong(request, ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchResult search(SearchRequest request) {
        try {
            return search.search(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

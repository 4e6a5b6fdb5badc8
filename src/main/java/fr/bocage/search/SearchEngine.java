package fr.bocage.search;

import fr.bocage.platform.DataDirectory;
import fr.bocage.platform.DiskUsage;
import fr.bocage.platform.metrics.Metrics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
    /** How often the search box's completions are rebuilt, when the index has changed... */
    private static final long SUGGESTIONS_MILLIS = 5000;
    /** ...and not more than a twentieth of a thread, however long a build takes. */
    private static final int SUGGESTIONS_PACING = 20;
    /** How often index changes are made durable; a commit per upload would fsync on every one. */
    private static final long COMMIT_MILLIS = 5000;

    @Inject
    DataDirectory data;

    @Inject
    ThesaurusStore thesaurus;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MeterRegistry meters;

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
        suggestionBuilds = every(0, SUGGESTIONS_MILLIS, new PacedWork(suggestions::refresh, SUGGESTIONS_PACING));
        registerGauges();
    }

    private void registerGauges() {
        Gauge.builder("bocage.index.documents", this, SearchEngine::documents)
                .description("Documents in the search index, as searches see them").register(meters);
        Gauge.builder("bocage.index.size", this, engine -> bytesUnder(engine.data.index()))
                .description("Bytes of the search index on disk (two generations while a rebuild runs)")
                .baseUnit("bytes").register(meters);
    }

    private double documents() {
        try {
            return index.count();
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** NaN when a file went away during the walk (a merge, a swap): the next scrape counts again. */
    private static double bytesUnder(Path directory) {
        try {
            return DiskUsage.bytesUnder(directory);
        } catch (UncheckedIOException e) {
            return Double.NaN;
        }
    }

    /** Times one kind of search ({@code bocage_search_seconds}): the search page and API, similar items, completions. */
    private <T> T timed(String kind, IndexTask<T> task) {
        Timer.Sample sample = Timer.start(meters);
        try {
            return task.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sample.stop(Metrics.latency("bocage.search", "Searches in the index, by kind").tag("kind", kind)
                    .register(meters));
        }
    }

    private ScheduledFuture<?> every(long firstMillis, long millis, IndexWork task) {
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Index refresh, commit or completion build failed; the next run retries", e);
            }
        }, firstMillis, millis, TimeUnit.MILLISECONDS);
    }

    interface IndexWork {
        void run() throws IOException;
    }

    private interface IndexTask<T> {
        T run() throws IOException;
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
        return timed("complete", () -> suggestions.complete(typed));
    }

    /** Published public resources like the given one, best first. */
    public List<SearchResult.Hit> similarTo(long id) {
        return similarTo(id, Set.of());
    }

    /** As above, with the members-only resources of the viewer's circles. */
    public List<SearchResult.Hit> similarTo(long id, Set<String> circles) {
        return timed("similar", () -> similar.of(id, circles));
    }

    /** The search among the given resources only; see {@link SearchService#searchAmong}. */
    public SearchResult searchAmong(SearchRequest request, java.util.Collection<Long> ids) {
        return timed("among", () -> search.searchAmong(request, ids));
    }

    public SearchResult search(SearchRequest request) {
        return timed("search", () -> search.search(request));
    }
}

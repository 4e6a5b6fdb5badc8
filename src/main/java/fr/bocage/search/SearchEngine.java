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
    /** How often index changes are made durable; a commit per upload would fsync on every one. */
    private static final long COMMIT_MILLIS = 5000;

    @Inject
    DataDirectory data;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> refreshes;
    private ScheduledFuture<?> commits;

    private ResourceIndex index;
    private SearchService search;
    private SimilarResources similar;

    @PostConstruct
    void open() {
        try {
            index = ResourceIndex.open(data.index());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + data.index(), e);
        }
        search = new SearchService(index);
        similar = new SimilarResources(index);
        refreshes = every(REFRESH_MILLIS, index::refresh);
        commits = every(COMMIT_MILLIS, index::commit);
    }

    private ScheduledFuture<?> every(long millis, IndexTask task) {
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Index refresh or commit failed; the start-up check restores what is lost", e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    private interface IndexTask {
        void run() throws IOException;
    }

    @PreDestroy
    void close() {
        refreshes.cancel(false);
        commits.cancel(false);
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ResourceIndex index() {
        return index;
    }

    /** Published resources like the given one, best first. */
    public List<SimilarResources.Similar> similarTo(long id) {
        try {
            return similar.of(id);
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

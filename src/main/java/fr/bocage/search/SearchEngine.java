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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The one open index of the server and the search service over it. */
@ApplicationScoped
public class SearchEngine {
    private static final Logger LOG = Logger.getLogger(SearchEngine.class.getName());

    /** How often index changes are made durable; a commit per upload would fsync on every one. */
    private static final long COMMIT_SECONDS = 5;

    @Inject
    DataDirectory data;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> commits;

    private ResourceIndex index;
    private SearchService search;

    @PostConstruct
    void open() {
        try {
            index = ResourceIndex.open(data.index());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + data.index(), e);
        }
        search = new SearchService(index);
        commits = scheduler.scheduleWithFixedDelay(this::commit, COMMIT_SECONDS, COMMIT_SECONDS, TimeUnit.SECONDS);
    }

    private void commit() {
        try {
            index.commit();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Index commit failed; the start-up check will restore what is lost", e);
        }
    }

    @PreDestroy
    void close() {
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

    public SearchResult search(SearchRequest request) {
        try {
            return search.search(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

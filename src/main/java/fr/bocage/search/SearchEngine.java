package fr.bocage.search;

import fr.bocage.platform.DataDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one open index of the server and the search service over it. */
@ApplicationScoped
public class SearchEngine {

    @Inject
    DataDirectory data;

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
    }

    @PreDestroy
    void close() {
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

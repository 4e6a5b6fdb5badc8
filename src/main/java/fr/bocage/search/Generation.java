package fr.bocage.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/** One generation of the index: its directory, its writer and, once it is live, its searcher manager. */
final class Generation implements AutoCloseable {

    private final String name;
    private final Directory directory;
    private final IndexWriter writer;
    private SearcherManager searchers;

    private Generation(String name, Directory directory, IndexWriter writer) {
        this.name = name;
        this.directory = directory;
        this.writer = writer;
    }

    /** A new empty generation, already committed so that it can be reopened. */
    static Generation create(String name, Path path, Analyzer analyzer) throws IOException {
        Generation generation = open(name, path, analyzer, IndexWriterConfig.OpenMode.CREATE);
        generation.writer.setLiveCommitData(Map.of(ResourceSchema.VERSION_KEY, ResourceSchema.VERSION).entrySet());
        generation.writer.commit();
        return generation;
    }

    /** Opens an existing generation; any damage surfaces here as an exception. */
    static Generation openExisting(String name, Path path, Analyzer analyzer) throws IOException {
        Generation generation = open(name, path, analyzer, IndexWriterConfig.OpenMode.APPEND);
        try {
            generation.startSearching();
            return generation;
        } catch (IOException | RuntimeException e) {
            generation.discard();
            throw e;
        }
    }

    private static Generation open(String name, Path path, Analyzer analyzer, IndexWriterConfig.OpenMode mode)
            throws IOException {
        Directory directory = FSDirectory.open(path);
        try {
            return new Generation(name, directory, new IndexWriter(directory,
                    new IndexWriterConfig(analyzer).setOpenMode(mode)));
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        }
    }

    /** Opens the near-real-time searchers; opening every segment also detects damaged files. */
    void startSearching() throws IOException {
        searchers = new SearcherManager(writer, true, true, new FacetedSearcher.Factory());
    }

    /** False for a generation written with other fields or analysis: its commits keep their own version. */
    boolean hasCurrentSchema() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (ResourceSchema.VERSION_KEY.equals(entry.getKey())) {
                    return ResourceSchema.VERSION.equals(entry.getValue());
                }
            }
        }
        return false;
    }

    String name() {
        return name;
    }

    IndexWriter writer() {
        return writer;
    }

    SearcherManager searchers() {
        return searchers;
    }

    /** Commits what is buffered, if anything, so that it survives a crash. */
    void commit() throws IOException {
        if (writer.hasUncommittedChanges()) {
            writer.commit();
        }
    }

    /** Closes without committing: for a generation that is replaced or abandoned. */
    void discard() throws IOException {
        IOUtils.close(searchers, writer::rollback, directory);
    }

    /** Commits and closes. Searchers already acquired stay usable until released. */
    @Override
    public void close() throws IOException {
        IOUtils.close(searchers, writer, directory);
    }
}

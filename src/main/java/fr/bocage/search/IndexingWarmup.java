package fr.bocage.search;

import fr.bocage.platform.DataDirectory;
import fr.bocage.platform.Folders;
import fr.bocage.platform.StartupWarmup;
import fr.bocage.platform.Warmups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Warms the indexing up after a start, in the background: a few hundred documents of French text written to a
 * throw-away index in the staging folder, flushed as the live index is, then deleted. The first import after a start
 * used to spend most of the server's CPU compiling Lucene's indexing chain and the French analysis (README, issue
 * 17). The text is the application's own messages: nothing of the catalogue is read or written. The server is not
 * ready while it runs ({@link Warmups}); off with {@code bocage.warmup.enabled=false}.
 */
@ApplicationScoped
public class IndexingWarmup extends StartupWarmup {
    private static final Logger LOG = Logger.getLogger(IndexingWarmup.class.getName());
    private static final int DOCUMENTS = 600;
    private static final int PER_REFRESH = 40;
    private static final int WORDS_PER_DOCUMENT = 700;
    private static final long MAX_NANOS = 60_000_000_000L;

    @Inject
    DataDirectory data;

    public IndexingWarmup() {
        super("indexing");
    }

    @Override
    protected void warm() {
        long start = System.nanoTime();
        Path folder = null;
        try {
            folder = Files.createTempDirectory(data.tmp(), "indexing-warmup");
            List<String> words = words();
            int written = 0;
            try (ResourceIndex index = ResourceIndex.open(folder)) {
                while (written < DOCUMENTS && !stopping() && System.nanoTime() - start < MAX_NANOS) {
                    index.upsert(document(written, words));
                    written++;
                    if (written % PER_REFRESH == 0) {
                        index.refresh();
                    }
                }
            }
            int done = written;
            LOG.info(() -> String.format("Indexing warmed up: %d documents in %d ms", done,
                    (System.nanoTime() - start) / 1_000_000));
        } catch (IOException | RuntimeException e) {
            LOG.info(() -> "Indexing not warmed up: " + e);
        } finally {
            if (folder != null) {
                deleteQuietly(folder);
            }
        }
    }

    /** The i-th document: a window of the words, shifted and shuffled a little so that no two are alike. */
    static IndexedResource document(int i, List<String> words) {
        int from = (i * 97) % Math.max(1, words.size());
        List<String> window = Stream.concat(words.stream().skip(from), words.stream()).limit(WORDS_PER_DOCUMENT)
                .collect(Collectors.toList());
        Collections.rotate(window, i);
        String text = String.join(" ", window);
        String title = String.join(" ", window.subList(0, Math.min(8, window.size())));
        return new IndexedResource(-1 - i, 1, title, text.substring(0, Math.min(300, text.length())),
                List.of(), List.of(), "", text, "guide", List.of(), null, List.of(), 2000 + i % 25, "fr", "pdf",
                true, null, Instant.EPOCH, null, null, Map.of());
    }

    /** The words of the application's French messages: enough varied French to compile the analysis. */
    static List<String> words() {
        ResourceBundle messages = ResourceBundle.getBundle("fr.bocage.messages", Locale.FRENCH);
        return messages.keySet().stream().sorted().map(messages::getString)
                .flatMap(message -> Stream.of(message.split("[\\s{}0-9,#|<]+")))
                .filter(word -> word.length() > 1).toList();
    }

    private static void deleteQuietly(Path folder) {
        try {
            Folders.deleteRecursively(folder);
        } catch (UncheckedIOException e) {
            LOG.info(() -> "The indexing warm-up left " + folder + ": " + e.getMessage());
        }
    }
}

package fr.bocage.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one folder that holds all state: database, original files, extracted text and index. */
@ApplicationScoped
public class DataDirectory {

    @Inject
    @ConfigProperty(name = "bocage.data.dir")
    Optional<String> configured;

    private Path root;

    /**
     * Opens the folder before anything else starts: the server package has no default (BOCAGE_DATA_DIR is required),
     * and without this the database would be created under a literal {@code ${bocage.data.dir}} in the working folder.
     */
    void onStart(@Observes @Priority(StartupOrder.DATA_FOLDER) @Initialized(ApplicationScoped.class) Object ignored) {
        root();
    }

    @PostConstruct
    void init() {
        root = Path.of(configured.filter(folder -> !folder.isBlank()).orElseThrow(() -> new IllegalStateException(
                "BOCAGE_DATA_DIR is not set: give the folder that holds Bocage's database, files and index (created if"
                        + " missing, writable by the server's user only)")))
                .toAbsolutePath().normalize();
        for (String sub : new String[] {"files", "text", "index", "tmp", "outbox"}) {
            try {
                Files.createDirectories(root.resolve(sub));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create data folder " + root.resolve(sub) + " (BOCAGE_DATA_DIR) as "
                        + System.getProperty("user.name"), e);
            }
        }
        if (!Files.isWritable(root)) {
            throw new IllegalStateException("The data folder " + root + " (BOCAGE_DATA_DIR) is not writable by "
                    + System.getProperty("user.name"));
        }
        emptyStagingArea();
    }

    /** Whatever is staged belongs to uploads that a stop interrupted: none of it was ever committed. */
    private void emptyStagingArea() {
        try (Stream<Path> leftovers = Files.list(tmp())) {
            for (Path leftover : (Iterable<Path>) leftovers::iterator) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty the staging folder " + tmp(), e);
        }
    }

    public Path root() {
        return root;
    }

    public Path files() {
        return root.resolve("files");
    }

    public Path text() {
        return root.resolve("text");
    }

    public Path index() {
        return root.resolve("index");
    }

    /** E-mail written as .eml files when no mail server is configured (the default). */
    public Path outbox() {
        return root.resolve("outbox");
    }

    /** Staging area on the same file system as the stores, so that moves into them are atomic. */
    public Path tmp() {
        return root.resolve("tmp");
    }
}

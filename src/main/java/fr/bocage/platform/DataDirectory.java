package fr.bocage.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one folder that holds all state: database, original files, extracted text and index. */
@ApplicationScoped
public class DataDirectory {

    @Inject
    @ConfigProperty(name = "bocage.data.dir")
    String configured;

    private Path root;

    @PostConstruct
    void init() {
        root = Path.of(configured).toAbsolutePath().normalize();
        for (String sub : new String[] {"files", "text", "index", "tmp", "outbox"}) {
            try {
                Files.createDirectories(root.resolve(sub));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create data folder " + root.resolve(sub), e);
            }
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

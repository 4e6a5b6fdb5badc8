package fr.bocage.search;

import fr.bocage.platform.DataDirectory;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The thesaurus searches use: the administrators' file {@code thesaurus.ttl} in the data folder when there is one,
 * else the one shipped with Bocage. An administrator replaces it, or has it read again after editing the file; a file
 * that cannot be read is refused and the thesaurus in use stays.
 */
@ApplicationScoped
public class ThesaurusStore {
    private static final Logger LOG = Logger.getLogger(ThesaurusStore.class.getName());

    /** The thesaurus shipped with Bocage, in the class path. */
    static final String SHIPPED = "/fr/bocage/search/thesaurus-fr.ttl";
    /** Far above a field thesaurus of a few thousand concepts. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    @Inject
    DataDirectory data;

    /** The thesaurus in use, where it was read from and when. */
    public record Loaded(Thesaurus thesaurus, String source, Instant loadedAt) {
    }

    private volatile Loaded loaded = new Loaded(Thesaurus.EMPTY, "none", Instant.now());

    @PostConstruct
    void load() {
        try {
            reload();
        } catch (InvalidInput e) {
            // The site still searches, word for word; the administrators see why in the log and on reload.
            LOG.log(Level.WARNING, "The thesaurus file cannot be read, searches are not widened: {0}", e.getMessage());
        }
    }

    public Loaded current() {
        return loaded;
    }

    public Thesaurus thesaurus() {
        return loaded.thesaurus();
    }

    /** Reads the thesaurus again, from the data folder's file if there is one. */
    public Loaded reload() {
        Path file = file();
        try (InputStream in = Files.exists(file) ? Files.newInputStream(file) : shipped()) {
            Thesaurus thesaurus = Thesaurus.read(in);
            loaded = new Loaded(thesaurus, Files.exists(file) ? "data" : "shipped", Instant.now());
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts this Turtle document in use and in the data folder, once read without error. */
    public Loaded replace(byte[] turtle) {
        if (turtle.length > MAX_BYTES) {
            throw new InvalidInput(InvalidInput.Reason.TOO_LARGE,
                    Messages.format("thesaurus.too-large", MAX_BYTES / (1024 * 1024)));
        }
        Thesaurus thesaurus = Thesaurus.read(new ByteArrayInputStream(turtle));
        try {
            Path staged = Files.createTempFile(data.tmp(), "thesaurus", ".ttl");
            Files.write(staged, turtle);
            Files.move(staged, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded = new Loaded(thesaurus, "data", Instant.now());
        return loaded;
    }

    /** The Turtle document in use. */
    public byte[] document() {
        Path file = file();
        try (InputStream in = Files.exists(file) ? Files.newInputStream(file) : shipped()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file() {
        return data.root().resolve("thesaurus.ttl");
    }

    private static InputStream shipped() {
        return ThesaurusStore.class.getResourceAsStream(SHIPPED);
    }
}

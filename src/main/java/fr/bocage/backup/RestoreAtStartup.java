package fr.bocage.backup;

import fr.bocage.platform.DataDirectory;
import fr.bocage.platform.StartupOrder;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code BOCAGE_RESTORE_FROM=<backup folder>}: fills an empty data folder from a backup before anything opens the
 * database (Derby's files are only copied back; migrations then run on them as on any older data folder), after
 * checking every file against the manifest. The search index is then rebuilt from the restored text by the usual
 * start-up check. A folder that is not empty is refused, unless this very backup was restored into it, so that the
 * setting may stay on across restarts.
 */
@ApplicationScoped
public class RestoreAtStartup {
    private static final Logger LOG = Logger.getLogger(RestoreAtStartup.class.getName());
    /** Before the migrations: they must see the restored database, not an empty one. */
    static final int ORDER = StartupOrder.SCHEMA - 5;
    static final String MARKER = "restored-from";

    @Inject
    DataDirectory data;

    @Inject
    @ConfigProperty(name = "bocage.restore-from")
    Optional<String> restoreFrom;

    void onStart(@Observes @Priority(ORDER) @Initialized(ApplicationScoped.class) Object ignored) {
        restoreFrom.filter(from -> !from.isBlank()).ifPresent(from -> restore(Path.of(from).toAbsolutePath().normalize()));
    }

    void restore(Path backup) {
        BackupManifest manifest = BackupManifest.read(backup);
        Path marker = data.root().resolve(MARKER);
        if (Files.exists(marker) && read(marker).equals(manifest.name())) {
            return;
        }
        boolean withDatabase = "derby".equals(manifest.database());
        Path database = data.root().resolve("db");
        if ((withDatabase && Files.exists(database)) || !Trees.files(data.files()).isEmpty()
                || !Trees.files(data.text()).isEmpty()) {
            throw new IllegalStateException("BOCAGE_RESTORE_FROM is set but the data folder " + data.root()
                    + " is not empty: restore into an empty data folder, or remove the setting");
        }
        long start = System.nanoTime();
        for (BackupManifest.Entry entry : manifest.entries()) {
            Path file = backup.resolve(entry.path());
            if (!Files.isRegularFile(file) || Trees.size(file) != entry.size()
                    || !Trees.sha256(file).equals(entry.sha256())) {
                throw new IllegalStateException("Backup " + backup + " is damaged: " + entry.path()
                        + " is missing or differs from its manifest");
            }
        }
        if (withDatabase) {
            Trees.copy(backup.resolve("db"), database);
        }
        Trees.copy(backup.resolve("files"), data.files());
        Trees.copy(backup.resolve("text"), data.text());
        try {
            Files.writeString(marker, manifest.name(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Restored backup " + manifest.name() + " (" + manifest.files() + " files, " + manifest.texts()
                + " texts" + (withDatabase ? ", the database" : "; the database is restored with pg_restore")
                + ") into " + data.root() + " in " + millis + " ms; the search index is rebuilt from it");
    }

    private static String read(Path marker) {
        try {
            return Files.readString(marker, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

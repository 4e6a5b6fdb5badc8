package fr.bocage.backup;

import fr.bocage.ingest.StoreDeletions;
import fr.bocage.platform.DataDirectory;
import fr.bocage.platform.Folders;
import fr.bocage.platform.database.DatabaseVendor;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a backup: the database first (Derby's online backup, a consistent copy taken while the centre keeps
 * running), then every stored file and text, with deletions from the stores held from before the database copy
 * until the last file is copied, so that each row of the copy finds its file. Files stored meanwhile are copied too,
 * without rows: a restore's start-up sweep forgets them.
 */
@ApplicationScoped
public class BackupService {
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String IN_PROGRESS = ".part";

    /** Every table, counted into the manifest. */
    static final List<String> TABLES = List.of("ACCOUNT", "ACCOUNT_ROLE", "ACCOUNT_TOKEN", "RESOURCE",
            "RESOURCE_VERSION", "AUDIT_EVENT", "VOCABULARY_TERM", "WEBINAR", "WEBINAR_SPEAKER", "WEBINAR_REGISTRATION",
            "COURSE", "COURSE_SESSION", "IMPORT_JOB", "IMPORT_ERROR", "MAIL_MESSAGE");

    @Inject
    DataDirectory data;

    @Inject
    StoreDeletions deletions;

    @Inject
    @ConfigProperty(name = "bocage.backup.dir")
    Optional<String> configuredFolder;

    @Resource(lookup = "jdbc/bocage")
    DataSource dataSource;

    private final ReentrantLock running = new ReentrantLock();
    Clock clock = Clock.systemUTC();

    /** Where backups go: {@code bocage.backup.dir} (BOCAGE_BACKUP_DIR), by default {@code backups} in the data folder. */
    public Path folder() {
        return configuredFolder.filter(f -> !f.isBlank()).map(f -> Path.of(f).toAbsolutePath())
                .orElseGet(() -> data.root().resolve("backups"));
    }

    /** @throws BackupInProgressException when another backup is being written */
    public BackupManifest create() {
        if (!running.tryLock()) {
            throw new BackupInProgressException();
        }
        try {
            return write();
        } finally {
            running.unlock();
        }
    }

    private BackupManifest write() {
        Instant started = clock.instant();
        long start = System.nanoTime();
        String name = uniqueName(started);
        Path part = folder().resolve(name + IN_PROGRESS);
        try {
            Files.createDirectories(part);
            Contents contents = deletions.held(() -> {
                Database database = copyDatabase(part);
                Trees.copy(data.files(), part.resolve("files"));
                Trees.copy(data.text(), part.resolve("text"));
                return new Contents(database, Trees.files(part.resolve("files")).size(),
                        Trees.files(part.resolve("text")).size());
            });
            List<BackupManifest.Entry> entries = Trees.entries(part);
            long bytes = entries.stream().mapToLong(BackupManifest.Entry::size).sum();
            long millis = (System.nanoTime() - start) / 1_000_000;
            BackupManifest manifest = new BackupManifest(name, started, millis, contents.database().vendor(),
                    contents.database().schemaVersion(), contents.database().rows(), contents.files(),
                    contents.texts(), bytes, entries);
            manifest.write(part);
            Path done = folder().resolve(name);
            Files.move(part, done, StandardCopyOption.ATOMIC_MOVE);
            LOG.info(() -> "Backup " + done + " written in " + millis + " ms: " + contents.files() + " files, "
                    + bytes + " bytes");
            return manifest;
        } catch (IOException e) {
            Folders.deleteRecursively(part);
            throw new UncheckedIOException("Backup failed", e);
        } catch (RuntimeException e) {
            Folders.deleteRecursively(part);
            throw e;
        }
    }

    private record Contents(Database database, int files, int texts) {
    }

    private record Database(String vendor, String schemaVersion, Map<String, Long> rows) {
    }

    /**
     * The counts and Derby's copy in one serializable transaction: the counts' read locks hold writers back until the
     * copy is taken (seconds), so that the manifest counts the rows of the copy, not those of a moment before.
     */
    private Database copyDatabase(Path part) {
        try (Connection connection = dataSource.getConnection()) {
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            try {
                DatabaseVendor vendor = DatabaseVendor.of(connection);
                Map<String, Long> rows = rows(connection);
                if (vendor == DatabaseVendor.DERBY) {
                    try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                        backup.setString(1, part.toString());
                        backup.execute();
                    }
                }
                return new Database(vendor.name().toLowerCase(Locale.ROOT), schemaVersion(connection), rows);
            } finally {
                // Nothing was written: the end of the transaction releases the read locks; back to the pool as it came.
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Database backup failed", e);
        }
    }

    private static Map<String, Long> rows(Connection connection) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Statement sql = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    count.next();
                    rows.put(table, count.getLong(1));
                }
            }
        }
        return rows;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet history = sql.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                        + " ORDER BY \"installed_rank\" DESC")) {
            while (history.next()) {
                if (history.getBoolean(2) && history.getString(1) != null) {
                    return history.getString(1);
                }
            }
            return null;
        }
    }

    private String uniqueName(Instant started) {
        String base = NAME.format(started);
        String name = base;
        for (int n = 2; Files.exists(folder().resolve(name)) || Files.exists(folder().resolve(name + IN_PROGRESS)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /**
     * The backups written, newest first; folders without a manifest (one cut short) are left out, and so is the one
     * being written, whose manifest may be half-written when the list is asked for.
     */
    public List<BackupManifest> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(folder())) {
            return folders.filter(f -> !f.getFileName().toString().endsWith(IN_PROGRESS))
                    .filter(f -> Files.isRegularFile(f.resolve(BackupManifest.FILE_NAME)))
                    .map(BackupManifest::read)
                    .sorted(Comparator.comparing(BackupManifest::startedAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<BackupManifest> find(String name) {
        return list().stream().filter(m -> m.name().equals(name)).findFirst();
    }
}

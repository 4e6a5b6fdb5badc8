package fr.bocage.backup;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a backup holds, written last into its folder as {@code manifest.json}: a folder without one is not a backup.
 *
 * @param database {@code derby} when the database is in the folder ({@code db/}); {@code postgresql} when it is not
 *                 (pg_dump backs it up, see the README)
 * @param rows     the row count of each table when the backup was taken
 * @param entries  every file of the backup but the manifest, with its size and SHA-256, checked before a restore
 */
public record BackupManifest(String name, Instant startedAt, long durationMillis, String database,
        String schemaVersion, Map<String, Long> rows, int files, int texts, long bytes, List<Entry> entries) {

    static final String FILE_NAME = "manifest.json";
    /** Thread-safe, and never closed: closing one may throw InterruptedException, which a backup has no use for. */
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    /** @param path relative to the backup folder, with forward slashes */
    public record Entry(String path, long size, String sha256) {
    }

    void write(Path folder) {
        try (OutputStream out = Files.newOutputStream(folder.resolve(FILE_NAME))) {
            JSON.toJson(this, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BackupManifest read(Path folder) {
        try (InputStream in = Files.newInputStream(folder.resolve(FILE_NAME))) {
            return JSON.fromJson(in, BackupManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable backup manifest in " + folder, e);
        }
    }
}

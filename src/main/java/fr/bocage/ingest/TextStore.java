package fr.bocage.ingest;

import fr.bocage.platform.DataDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Extracted text, gzipped, keyed like the original file. It is what the index is rebuilt from, so that a rebuild
 * never parses a file again.
 */
@ApplicationScoped
public class TextStore {

    @Inject
    DataDirectory data;

    public Path newStagingFile() {
        try {
            return Files.createTempFile(data.tmp(), "text-", ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compresses a staged text into the store, atomically: a reader sees the whole text or none. */
    public void keep(String sha256, Path stagedText) {
        Path target = pathOf(sha256);
        Path compressed = null;
        try {
            Files.createDirectories(target.getParent());
            compressed = Files.createTempFile(data.tmp(), "text-", ".gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(compressed), 64 * 1024)) {
                Files.copy(stagedText, out);
            }
            Files.move(compressed, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            ContentStore.deleteQuietly(compressed);
            throw new UncheckedIOException(e);
        } finally {
            ContentStore.deleteQuietly(stagedText);
        }
    }

    /** The text, or an empty string when none was extracted. */
    public String read(String sha256) {
        Path path = pathOf(sha256);
        if (!Files.exists(path)) {
            return "";
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path), 64 * 1024)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String readStart(String sha256, int maxChars) {
        Path path = pathOf(sha256);
        if (!Files.exists(path)) {
            return "";
        }
        try (Reader in = new InputStreamReader(new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.UTF_8)) {
            // Grown as read: the limit may be millions of characters for a text of a few hundred.
            StringBuilder start = new StringBuilder();
            char[] buffer = new char[(int) Math.min(maxChars, 64 * 1024)];
            for (int read; start.length() < maxChars
                    && (read = in.read(buffer, 0, Math.min(buffer.length, maxChars - start.length()))) != -1; ) {
                start.append(buffer, 0, read);
            }
            return start.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String sha256) {
        ContentStore.deleteQuietly(pathOf(sha256));
    }

    private Path pathOf(String sha256) {
        return data.text().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256 + ".txt.gz");
    }
}

package fr.bocage.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** How much room a folder takes. */
public final class DiskUsage {
    private DiskUsage() {
    }

    /**
     * Bytes of every regular file under {@code folder}.
     *
     * @throws UncheckedIOException if the folder cannot be read, or a file went away while it was walked
     */
    public static long bytesUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

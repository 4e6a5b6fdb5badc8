package fr.bocage.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload received in full in the staging area, with its digest. Closing it removes whatever the stores did
 * not take, so that a refused upload leaves nothing behind.
 */
public record StagedFile(Path path, String sha256, long size, String originalName) implements AutoCloseable {

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // The staging area is emptied at every start; a leftover here is harmless.
        }
    }
}

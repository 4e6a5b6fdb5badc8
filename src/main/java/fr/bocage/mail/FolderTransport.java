package fr.bocage.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes each message as an .eml file in a folder instead of sending it: the default, so that Bocage starts without a
 * mail server and a developer reads what would have been sent (any mail client opens .eml files).
 */
final class FolderTransport implements MailTransport {

    private final Path folder;

    FolderTransport(Path folder) {
        this.folder = folder;
    }

    @Override
    public void deliver(long id, String recipient, byte[] mime) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "message-" + id, ".part");
        try {
            Files.write(temporary, mime);
            Files.move(temporary, folder.resolve(fileName(id)), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Sorted by creation, and the same name when a retry writes a message again. */
    static String fileName(long id) {
        return String.format("message-%08d.eml", id);
    }
}

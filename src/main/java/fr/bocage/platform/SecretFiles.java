package fr.bocage.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Files of the data folder that only the server's own user may read: created with that mode, never widened. */
public final class SecretFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFiles() {
    }

    /** Writes {@code text} to a new file readable and writable by its owner only. */
    public static void writeOwnerOnly(Path file, String text) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The random key kept in {@code file}, made at first use. */
    public static byte[] readOrCreate(Path file, int bytes) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[bytes];
                RANDOM.nextBytes(key);
                try {
                    writeOwnerOnly(file, Base64.getEncoder().encodeToString(key));
                    return key;
                } catch (FileAlreadyExistsException e) {
                    // another thread made it first: read theirs
                }
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }
}

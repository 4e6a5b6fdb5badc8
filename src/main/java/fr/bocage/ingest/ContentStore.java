package fr.bocage.ingest;

import fr.bocage.platform.DataDirectory;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Original files, content-addressed by SHA-256 in a two-level fan-out ({@code files/ab/cd/abcd…}). */
@ApplicationScoped
public class ContentStore {
    /** Room for the multipart envelope and the form fields around the file itself. */
    private static final long MULTIPART_OVERHEAD_BYTES = 1024 * 1024;

    @Inject
    DataDirectory data;

    /** Receives an upload into the staging area, refusing it as soon as it passes {@code maxBytes}. */
    public StagedFile stage(InputStream in, String originalName, long maxBytes) {
        Path staged = null;
        try {
            staged = Files.createTempFile(data.tmp(), "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(staged), sha256)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw tooLarge(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new InvalidInput(Messages.get("upload.empty"));
            }
            return new StagedFile(staged, HexFormat.of().formatHex(sha256.digest()), size, originalName);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staged);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Refuses at once a request whose declared length cannot hold an acceptable file, before its body is read.
     *
     * @param contentLength the declared length; null or negative when unknown (chunked), then streaming decides
     */
    public static void checkDeclaredLength(Long contentLength, long maxBytes) {
        if (contentLength != null && contentLength > maxBytes + MULTIPART_OVERHEAD_BYTES) {
            throw tooLarge(maxBytes);
        }
    }

    public static InvalidInput tooLarge(long maxBytes) {
        return new InvalidInput(InvalidInput.Reason.TOO_LARGE, Messages.format("upload.too-large", maxBytes / (1024 * 1024)));
    }

    /** Moves a staged file into the store; a file with the same digest already there is the same content. */
    public void keep(StagedFile file) {
        Path target = pathOf(file.sha256());
        try {
            Files.createDirectories(target.getParent());
            Files.move(file.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The digests of every stored file. */
    public Set<String> storedDigests() {
        try (Stream<Path> files = Files.walk(data.files(), 3)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path pathOf(String sha256) {
        return data.files().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    public void delete(String sha256) {
        deleteQuietly(pathOf(sha256));
    }

    static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left for the start-up sweep of the staging area.
        }
    }
}

package fr.bocage.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Folder copies, and the size and SHA-256 of every file of a folder. */
final class Trees {

    private Trees() {
    }

    /** Copies every regular file under {@code source} to the same place under {@code target}; none may exist there. */
    static void copy(Path source, Path target) {
        for (Path file : files(source)) {
            Path to = target.resolve(source.relativize(file).toString());
            try {
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot copy " + file + " to " + to, e);
            }
        }
    }

    /** The entries of every regular file under {@code root}, but the manifest. */
    static List<BackupManifest.Entry> entries(Path root) {
        List<BackupManifest.Entry> entries = new ArrayList<>();
        for (Path file : files(root)) {
            String path = root.relativize(file).toString().replace('\\', '/');
            if (!path.equals(BackupManifest.FILE_NAME)) {
                entries.add(new BackupManifest.Entry(path, size(file), sha256(file)));
            }
        }
        return entries;
    }

    static List<Path> files(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

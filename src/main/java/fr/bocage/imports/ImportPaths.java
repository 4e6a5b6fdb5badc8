package fr.bocage.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/** Relative paths given by a client or a manifest, resolved only when they stay inside their base folder. */
final class ImportPaths {

    private ImportPaths() {
    }

    /** {@code base/relative}, or empty when {@code relative} is blank, absolute or climbs out of {@code base}. */
    static Optional<Path> within(Path base, String relative) {
        if (relative == null || relative.isBlank() || relative.startsWith("/") || relative.startsWith("\\")) {
            return Optional.empty();
        }
        Path path;
        try {
            path = Path.of(relative.strip());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        Path root = base.toAbsolutePath().normalize();
        Path resolved = root.resolve(path).normalize();
        return path.isAbsolute() || !resolved.startsWith(root) || !staysInside(root, resolved) ? Optional.empty()
                : Optional.of(resolved);
    }

    /**
     * The same check on the real paths: a symbolic link inside the folder may point anywhere on the server (the
     * check above only reads the names). The deepest part of the path that exists is resolved, links followed; the
     * root may itself be a link, e.g. to a mounted share; a root that does not exist holds no links.
     */
    private static boolean staysInside(Path root, Path resolved) {
        if (!Files.exists(root)) {
            return true;
        }
        try {
            Path existing = resolved;
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            return existing != null && existing.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}

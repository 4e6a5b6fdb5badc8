package fr.bocage.imports;

import java.nio.file.InvalidPathException;
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
        return path.isAbsolute() || !resolved.startsWith(root) ? Optional.empty() : Optional.of(resolved);
    }
}

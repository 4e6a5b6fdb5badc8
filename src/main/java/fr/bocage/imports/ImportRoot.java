package fr.bocage.imports;

import fr.bocage.platform.DataDirectory;
import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server folder imports read from ({@code BOCAGE_IMPORT_DIR}, by default {@code import} in the data folder):
 * clients name folders inside it, never a path of their own, so an import reads nothing else on the server.
 */
@ApplicationScoped
public class ImportRoot {

    @Inject
    @ConfigProperty(name = "bocage.import.dir")
    Optional<String> configured;

    @Inject
    DataDirectory data;

    private Path root;

    @PostConstruct
    void init() {
        root = configured.filter(dir -> !dir.isBlank()).map(Path::of).orElseGet(() -> data.root().resolve("import"))
                .toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the import folder " + root, e);
        }
    }

    public Path path() {
        return root;
    }

    /** A folder inside the root, refused (400) when it is outside or missing. */
    public Path folder(String relative) {
        if (relative == null || relative.isBlank()) {
            throw new InvalidInput(Messages.get("import.folder.required"));
        }
        Path folder = ImportPaths.within(root, relative)
                .orElseThrow(() -> new InvalidInput(Messages.format("import.folder.outside", relative)));
        if (!Files.isDirectory(folder)) {
            throw new InvalidInput(Messages.format("import.folder.missing", relative));
        }
        return folder;
    }

    /** A manifest inside {@code folder}, refused (400) when it is outside or missing. */
    public Path manifest(Path folder, String relative) {
        Path csv = ImportPaths.within(folder, relative)
                .orElseThrow(() -> new InvalidInput(Messages.format("import.csv.outside", relative)));
        if (!Files.isRegularFile(csv)) {
            throw new InvalidInput(Messages.format("import.csv.missing", relative));
        }
        return csv;
    }
}

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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
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

    /** A folder of the root that an import may name, with the CSV files in it that may be its manifest. */
    public record Folder(String name, List<String> manifests) {
    }

    /**
     * The folders directly inside the root that hold at least one CSV file, by name, their manifests with
     * {@value ImportService#DEFAULT_CSV} first: what the administration console offers to import. Hidden folders and
     * files are left out, and so are links that lead out of the root.
     */
    public List<Folder> folders() {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).map(f -> f.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && ImportPaths.within(root, name).isPresent()).sorted()
                    .map(name -> new Folder(name, manifests(root.resolve(name))))
                    .filter(folder -> !folder.manifests().isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the import folder " + root, e);
        }
    }

    private static List<String> manifests(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted(Comparator.comparing((String name) -> !name.equals(ImportService.DEFAULT_CSV))
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
        } catch (IOException e) {
            return List.of(); // a folder that cannot be read offers nothing to import
        }
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

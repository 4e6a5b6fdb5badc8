package fr.bocage.it.imports;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folders written into the test server's import root ({@code it-data/import}) and the requests that import them. */
public final class ImportFolders {
    public static final Path ROOT = Path.of(System.getProperty("it.data.dir"), "import");

    private ImportFolders() {
    }

    public static void write(Path folder, String file, String content) throws IOException {
        Path path = folder.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
    }

    /** The body of {@code POST /api/admin/imports}, published; {@code csv} null for the default manifest. */
    public static JsonObject request(String folder, String csv) {
        var request = Json.createObjectBuilder().add("folder", folder).add("publish", true);
        if (csv != null) {
            request.add("csv", csv);
        }
        return request.build();
    }
}

package fr.bocage.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A real index of a few test resources in a temporary folder, opened before a test class and removed after it. */
final class TestIndex implements BeforeAllCallback, AfterAllCallback {
    private final Resources[] resources;
    private Path dir;
    private ResourceIndex index;
    private SearchService search;

    TestIndex(Resources... resources) {
        this.resources = resources;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("bocage-index-");
        index = ResourceIndex.open(dir);
        Resources.index(index, resources);
        search = new SearchService(index);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        index.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }

    ResourceIndex index() {
        return index;
    }

    SearchService search() {
        return search;
    }
}

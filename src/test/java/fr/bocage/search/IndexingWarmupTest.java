package fr.bocage.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexingWarmupTest {

    @Test
    void theApplicationsMessagesGiveEnoughFrenchText() {
        List<String> words = IndexingWarmup.words();
        assertTrue(words.size() > 2_000, "words: " + words.size());
        assertTrue(words.contains("ressource") || words.contains("ressources"), words.subList(0, 50).toString());
    }

    @Test
    void documentsDifferAndIndexLikeResources(@TempDir Path dir) throws IOException {
        List<String> words = IndexingWarmup.words();
        IndexedResource first = IndexingWarmup.document(0, words);
        IndexedResource second = IndexingWarmup.document(1, words);
        assertNotEquals(first.id(), second.id());
        assertNotEquals(first.content(), second.content());
        try (ResourceIndex index = ResourceIndex.open(dir)) {
            for (int i = 0; i < 50; i++) {
                index.upsert(IndexingWarmup.document(i, words));
            }
            index.refresh();
            assertEquals(50, index.count());
        }
    }
}

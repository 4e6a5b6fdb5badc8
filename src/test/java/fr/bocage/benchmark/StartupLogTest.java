package fr.bocage.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupLogTest {
    private static final String STARTED = "[12/7/26, 16:05:13:298 UTC] 00000022 FeatureManager A CWWKF0011I: The "
            + "bocage-bench server is ready to run a smarter planet. The bocage-bench server started in %s seconds.\n";
    private static final String PAGES = "[12/7/26, 16:05:23:327 UTC] 00000024 fr.bocage.portal.PageWarmup I Pages "
            + "warmed up: 10 pages, 3 rounds, in 7903 ms\n";
    private static final String SEARCH = "[12/7/26, 16:05:24:542 UTC] 00000023 fr.bocage.search.SearchWarmup I Search "
            + "warmed up: 1500 searches in 11518 ms\n";
    private static final String INDEXING = "[12/7/26, 16:05:20:542 UTC] 00000025 fr.bocage.search.IndexingWarmup I "
            + "Indexing warmed up: 600 documents in 9000 ms\n";

    @TempDir
    Path dir;

    @Test
    void theLastStartCounts() throws IOException {
        Path log = Files.writeString(dir.resolve("messages.log"),
                STARTED.formatted("21.451") + PAGES + SEARCH + INDEXING + STARTED.formatted("17.878") + PAGES + INDEXING);
        assertEquals(17.878, StartupLog.startSeconds(log).orElseThrow(), 1e-9);
        assertFalse(StartupLog.warmedUp(log), "the search warm-up of the last start has not ended");
        Files.writeString(log, SEARCH.replace("warmed up: 1500 searches", "not warmed up: closed"),
                java.nio.file.StandardOpenOption.APPEND);
        assertTrue(StartupLog.warmedUp(log), "given up counts as ended");
    }

    @Test
    void noLogNoStart() throws IOException {
        assertTrue(StartupLog.startSeconds(dir.resolve("absent.log")).isEmpty());
        assertFalse(StartupLog.warmedUp(dir.resolve("absent.log")));
        assertFalse(StartupLog.warmedUp(Files.writeString(dir.resolve("messages.log"), PAGES + SEARCH + INDEXING)));
    }
}

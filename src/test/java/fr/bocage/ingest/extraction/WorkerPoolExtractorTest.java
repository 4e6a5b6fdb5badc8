package fr.bocage.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.bocage.ingest.SelfReproducingArchives;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process isolation itself: timeouts kill, limits hold, hostile archives are caught, workers are shared. */
class WorkerPoolExtractorTest {

    private static final String CLASSPATH = System.getProperty("java.class.path");

    private static Path formats;

    @TempDir
    Path dir;

    @BeforeAll
    static void findCorpus() {
        String corpus = System.getProperty("bocage.corpus.dir");
        assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus, "formats")), "corpus not found: " + corpus);
        formats = Path.of(corpus, "formats");
    }

    @Test
    void timeoutKillsTheWorkerAndTheNextRequestGetsAFreshOne() throws Exception {
        // Long enough for a small text file on a started worker, far too short for a 67-page PDF.
        ExtractionLimits limits = ExtractionLimits.defaults().withConcurrency(1).withTimeout(Duration.ofMillis(300));
        try (WorkerPoolExtractor extractor = new WorkerPoolExtractor(limits, CLASSPATH)) {
            extractor.prestart();
            Set<ProcessHandle> before = extractor.workerProcesses();
            assertEquals(1, before.size());
            ProcessHandle slowWorker = before.iterator().next();
            assertEquals(0, extractor.restarts());

            ExtractionResult result = extractor.extract(formats.resolve("testPDF_childAttachments.pdf"),
                    dir.resolve("slow.txt"));

            assertEquals(ExtractionStatus.FAILED, result.status());
            assertEquals("parse timed out after 300 ms", result.message());
            slowWorker.onExit().get(5, TimeUnit.SECONDS);
            assertFalse(slowWorker.isAlive());
            assertFalse(Files.exists(dir.resolve("slow.txt")), "partial text of a killed parse must not remain");

            ExtractionResult next = extractor.extract(formats.resolve("testTXT.txt"), dir.resolve("next.txt"));
            assertEquals(ExtractionStatus.OK, next.status(), next::toString);
            assertFalse(extractor.workerProcesses().contains(slowWorker));
            assertEquals(1, extractor.restarts(), "the killed worker was replaced once");
        }
    }

    @Test
    void stopsAtMaxCharsAndKeepsTheTextUpToIt() throws IOException {
        ExtractionLimits limits = ExtractionLimits.defaults().withConcurrency(1).withMaxChars(1000);
        try (WorkerPoolExtractor extractor = new WorkerPoolExtractor(limits, CLASSPATH)) {
            Path target = dir.resolve("truncated.txt");
            ExtractionResult result = extractor.extract(formats.resolve("testPDF_bad_page_303226.pdf"), target);

            assertEquals(ExtractionStatus.TRUNCATED, result.status(), result::toString);
            assertEquals(1000, result.chars());
            String text = Files.readString(target);
            assertTrue(text.length() <= 1000 && !text.isBlank(), () -> text.length() + " chars");
            assertEquals("PDFParser", result.parser());
        }
    }

    @Test
    void refusesZipBombsAndKeepsWorking() throws IOException {
        try (WorkerPoolExtractor extractor = new WorkerPoolExtractor(
                ExtractionLimits.defaults().withConcurrency(1), CLASSPATH)) {
            long start = System.nanoTime();
            ExtractionResult ratio = extractor.extract(highRatioZip(), dir.resolve("ratio.txt"));
            assertEquals(ExtractionStatus.BOMB, ratio.status(), ratio::toString);
            assertTrue(ratio.message().startsWith("suspected zip bomb"), ratio.message());

            ExtractionResult nested = extractor.extract(nestedZip(8), dir.resolve("nested.txt"));
            assertEquals(ExtractionStatus.BOMB, nested.status(), nested::toString);
            assertEquals("suspected zip bomb: embedded documents nested deeper than 5 levels", nested.message());
            // Archives that contain themselves: each level holds the archive again, until the depth guard stops it.
            Map<String, byte[]> quines = Map.of("quine.zip", SelfReproducingArchives.zip("quine.zip"),
                    "quine.gz", SelfReproducingArchives.gzip("quine"));
            for (Map.Entry<String, byte[]> quine : quines.entrySet()) {
                ExtractionResult self = extractor.extract(Files.write(dir.resolve(quine.getKey()), quine.getValue()),
                        dir.resolve(quine.getKey() + ".txt"));
                assertEquals(ExtractionStatus.BOMB, self.status(), self::toString);
                assertEquals(nested.message(), self.message());
            }
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30, "bombs must be caught quickly");

            ExtractionResult normal = extractor.extract(formats.resolve("test-zip-of-zip.zip"), dir.resolve("ok.txt"));
            assertEquals(ExtractionStatus.OK, normal.status(), normal::toString);
        }
    }

    @Test
    void sharesFewWorkersBetweenManyCallers() throws Exception {
        List<String> files = List.of("testWORD.docx", "testPDF.pdf", "testRTF.rtf", "testEXCEL.xlsx", "testPPT.pptx",
                "testHTML.html", "testEPUB.epub", "testODFwithOOo3.odt");
        ExecutorService callers = Executors.newFixedThreadPool(files.size());
        try (WorkerPoolExtractor extractor = new WorkerPoolExtractor(
                ExtractionLimits.defaults().withConcurrency(2), CLASSPATH)) {
            List<Future<ExtractionResult>> results = new ArrayList<>();
            for (String file : files) {
                results.add(callers.submit(() -> extractor.extract(formats.resolve(file), dir.resolve(file + ".txt"))));
            }
            for (Future<ExtractionResult> result : results) {
                ExtractionResult extracted = result.get(60, TimeUnit.SECONDS);
                assertEquals(ExtractionStatus.OK, extracted.status(), extracted::toString);
            }
            assertTrue(extractor.workerProcesses().size() <= 2, "at most 2 workers");
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void missingSourceIsTheCallersError() {
        try (WorkerPoolExtractor extractor = new WorkerPoolExtractor(ExtractionLimits.defaults(), CLASSPATH)) {
            assertThrows(NoSuchFileException.class,
                    () -> extractor.extract(dir.resolve("nowhere.pdf"), dir.resolve("out.txt")));
        }
    }

    /**
     * 64 MB of one letter deflated to about 65 KB. Tika's ratio check (output beyond 100 times the input) fires at
     * about 6.5 M characters, before the 10 M write limit.
     */
    private Path highRatioZip() throws IOException {
        Path zip = dir.resolve("ratio.zip");
        byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("bomb.txt"));
            for (int i = 0; i < 64; i++) {
                out.write(chunk);
            }
            out.closeEntry();
        }
        return zip;
    }

    /** A text file inside {@code depth} levels of ZIPs. */
    private Path nestedZip(int depth) throws IOException {
        byte[] content = "deep inside".getBytes(StandardCharsets.US_ASCII);
        String name = "inner.txt";
        for (int level = 0; level < depth; level++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                out.putNextEntry(new ZipEntry(name));
                out.write(content);
                out.closeEntry();
            }
            content = bytes.toByteArray();
            name = "level" + level + ".zip";
        }
        Path zip = dir.resolve("nested.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            out.write(content);
        }
        return zip;
    }
}

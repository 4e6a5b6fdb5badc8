package fr.bocage.ingest.extraction;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The real-world corpus through real worker processes: every file must get an honest status. */
class CorpusExtractionTest {

    /**
     * Where Tika 3.3.1 disagrees with the outcome Tika 3.2.3 recorded in the manifest. This ZIP made 3.2.3 throw;
     * 3.3.1 reads it without error and finds no text.
     */
    private static final Map<String, ExtractionStatus> KNOWN_CHANGES =
            Map.of("testZIP_corrupted_oom.zip", ExtractionStatus.EMPTY);

    @TempDir
    static Path texts;
    private static Path corpus;
    private static WorkerPoolExtractor extractor;

    @BeforeAll
    static void startWorkers() {
        String dir = System.getProperty("bocage.corpus.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "formats")), "corpus not found: " + dir);
        corpus = Path.of(dir);
        extractor = new WorkerPoolExtractor(ExtractionLimits.defaults().withConcurrency(2),
                System.getProperty("java.class.path"));
    }

    @AfterAll
    static void stopWorkers() {
        if (extractor != null) {
            extractor.close();
        }
    }

    @Test
    void everyFormatsFileGetsAnHonestStatus() throws Exception {
        List<Map<String, String>> manifest = readManifest();
        assertEquals(120, manifest.size());
        Map<String, ExtractionResult> results = extractAll(manifest.stream().map(row -> row.get("file")).toList());

        Map<ExtractionStatus, List<String>> byStatus = new EnumMap<>(ExtractionStatus.class);
        results.forEach((file, result) -> byStatus.computeIfAbsent(result.status(), s -> new ArrayList<>()).add(file));
        byStatus.forEach((status, files) -> System.out.printf("%-9s %3d %s%n", status, files.size(), files));

        assertAll(manifest.stream().map(row -> (Executable) () -> {
            String file = row.get("file");
            ExtractionResult result = results.get(file);
            String outcome = row.get("tika_3.2.3_outcome");
            long expectedChars = Long.parseLong(row.get("chars_extracted"));
            ExtractionStatus expected = KNOWN_CHANGES.getOrDefault(file, expectedStatus(outcome, expectedChars));
            assertEquals(expected, result.status(), () -> file + ": " + result);
            assertEquals(row.get("tika_3.2.3_detected_type").split(";")[0].strip(), result.mediaType(), file);
            switch (result.status()) {
                case OK, TRUNCATED -> assertTrue(result.chars() > 0, () -> file + ": " + result);
                case FAILED, ENCRYPTED -> assertTrue(result.message() != null && !result.message().isBlank(),
                        () -> file + ": " + result);
                default -> assertNull(result.message(), file);
            }
        }));
    }

    /** The outcome Tika 3.2.3 recorded, in our terms. A zero-byte file is FAILED: there is nothing to OCR. */
    private static ExtractionStatus expectedStatus(String outcome, long chars) {
        if (outcome.contains("EncryptedDocumentException")) {
            return ExtractionStatus.ENCRYPTED;
        }
        if (outcome.startsWith("exception")) {
            return ExtractionStatus.FAILED;
        }
        return chars > 0 ? ExtractionStatus.OK : ExtractionStatus.EMPTY;
    }

    @Test
    void zeroByteFileFailsWithAReason() throws IOException {
        ExtractionResult result = extract("formats/2pic.doc");
        assertEquals(ExtractionStatus.FAILED, result.status());
        assertEquals("file is empty (0 bytes)", result.message());
    }

    @Test
    void typeComesFromTheBytesNotTheExtension() throws IOException {
        assertEquals("application/vnd.wordperfect", extract("formats/testWordPerfect_42.doc").mediaType());
        assertEquals("text/plain", extract("formats/testODTnotaZipFile.odt").mediaType());
    }

    @Test
    void readsDocumentMetadata() throws IOException {
        ExtractionResult docx = extract("formats/testWORD.docx");
        assertEquals("Sample Word Document", docx.title());
        assertEquals(List.of("Keith Bennett"), docx.authors());
        assertEquals("OOXMLParser", docx.parser());
        assertEquals(2, docx.pageCount());
        assertEquals("en", docx.language());

        ExtractionResult pdf = extract("formats/testPDF.pdf");
        assertEquals("Apache Tika - Apache Tika", pdf.title());
        assertEquals(List.of("Bertrand Delacrétaz"), pdf.authors());
        assertEquals("PDFParser", pdf.parser());
        assertEquals("2007-09-15T09:02:31Z", pdf.created());

        assertEquals(List.of("Sample Author 1", "Sample Author 2"), extract("formats/testPDF_twoAuthors.pdf").authors());
        assertEquals(67, extract("formats/testPDF_childAttachments.pdf").pageCount());
        ExtractionResult odt = extract("formats/testODFwithOOo3.odt");
        assertEquals("A rather complex document", odt.description());
        assertEquals(List.of("Apache", "Lucene", "Tika", "Test document"), odt.keywords());
    }

    @Test
    void guessesLanguageOnlyFromEnoughText() throws IOException {
        Path frenchDoc;
        try (Stream<Path> docs = Files.list(corpus.resolve("fr/docs"))) {
            frenchDoc = docs.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        assertEquals("fr", extract(corpus.relativize(frenchDoc).toString()).language());
        assertEquals("ja", extract("formats/testRTFJapanese.rtf").language());
        // 23 characters: too few for a trustworthy guess.
        assertNull(extract("formats/french.txt").language());
    }

    @Test
    void writesTheTextAsUtf8() throws IOException {
        Path target = texts.resolve("czech.txt");
        ExtractionResult result = extractor.extract(corpus.resolve("formats/testRTFWord2010CzechCharacters.rtf"),
                target);
        String text = Files.readString(target);
        assertEquals(result.chars(), text.length());
        assertTrue(text.chars().anyMatch(c -> "ěščřžýáíé".indexOf(c) >= 0), text);
    }

    private static ExtractionResult extract(String relative) throws IOException {
        return extractor.extract(corpus.resolve(relative), texts.resolve(relative.replace('/', '_') + ".txt"));
    }

    private static Map<String, ExtractionResult> extractAll(List<String> files) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            Map<String, Future<ExtractionResult>> futures = new TreeMap<>();
            for (String file : files) {
                futures.put(file, callers.submit(() -> extract("formats/" + file)));
            }
            Map<String, ExtractionResult> results = new TreeMap<>();
            for (Map.Entry<String, Future<ExtractionResult>> entry : futures.entrySet()) {
                results.put(entry.getKey(), entry.getValue().get());
            }
            return results;
        } finally {
            callers.shutdownNow();
        }
    }

    private static List<Map<String, String>> readManifest() throws IOException {
        List<String> lines = Files.readAllLines(corpus.resolve("formats/MANIFEST.tsv"));
        String[] header = lines.get(0).split("\t", -1);
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new TreeMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            return row;
        }).collect(Collectors.toList());
    }
}

package fr.bocage.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale benchmark's corpus, generated from the first real documents of ../shared/corpus/fr. */
class SyntheticCorpusTest {

    private static final Path REAL = Path.of("../shared/corpus/fr");
    private static SyntheticCorpus corpus;

    @BeforeAll
    static void readTheRealCorpus() throws IOException {
        corpus = SyntheticCorpus.from(REAL, 40);
    }

    @Test
    void theSameArgumentsWriteTheSameBytes(@TempDir Path one, @TempDir Path two) throws IOException {
        corpus.write(one, 120);
        SyntheticCorpus.from(REAL, 40).write(two, 120);
        assertEquals(Files.readString(one.resolve("metadata.csv")), Files.readString(two.resolve("metadata.csv")));
        for (CorpusCsv.Entry entry : CorpusCsv.read(one, 0)) {
            Path relative = one.relativize(entry.file());
            assertEquals(Files.readString(entry.file()), Files.readString(two.resolve(relative)), relative.toString());
        }
    }

    @Test
    void everyDocumentIsListedUniqueAndDescribedWithTheRealVocabularies(@TempDir Path folder) throws IOException {
        corpus.write(folder, 300);
        List<CorpusCsv.Entry> written = CorpusCsv.read(folder, 0);
        List<CorpusCsv.Entry> real = CorpusCsv.read(REAL, 0);
        assertEquals(300, written.size());
        try (Stream<Path> files = Files.walk(folder.resolve("docs"))) {
            assertEquals(300, files.filter(Files::isRegularFile).count());
        }
        Set<String> texts = new HashSet<>();
        Set<Integer> lengths = new HashSet<>();
        for (CorpusCsv.Entry entry : written) {
            String text = Files.readString(entry.file());
            assertTrue(texts.add(text), "a copy: " + entry.file());
            lengths.add(text.split("\n\n").length);
            assertTrue(!entry.title().isBlank() && text.contains(entry.title()), entry.title());
            assertTrue(real.stream().anyMatch(r -> r.type().equals(entry.type())), entry.type());
            assertTrue(real.stream().anyMatch(r -> r.theme().equals(entry.theme())), entry.theme());
            assertTrue(real.stream().anyMatch(r -> r.region().equals(entry.region())), entry.region());
        }
        assertTrue(lengths.size() > 10, "varied lengths: " + lengths);
    }
}

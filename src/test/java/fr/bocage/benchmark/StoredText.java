package fr.bocage.benchmark;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The characters of the text the server extracted and kept (its data folder's {@code text/}, one gzipped file per
 * distinct document), counted as Tika alone counts them: Java characters. Says whether isolation and the workers'
 * settings extract as much as Tika's defaults (issue 17: within 1 %).
 */
final class StoredText {

    private StoredText() {
    }

    static long characters(Path dataFolder) throws IOException {
        Path texts = dataFolder.resolve("text");
        if (!Files.isDirectory(texts)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(texts)) {
            return files.filter(Files::isRegularFile).mapToLong(StoredText::charactersOf).sum();
        }
    }

    private static long charactersOf(Path gzipped) {
        try (Reader in = new InputStreamReader(new GZIPInputStream(Files.newInputStream(gzipped)), StandardCharsets.UTF_8)) {
            char[] buffer = new char[64 * 1024];
            long count = 0;
            for (int read; (read = in.read(buffer)) != -1; ) {
                count += read;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(gzipped.toString(), e);
        }
    }
}

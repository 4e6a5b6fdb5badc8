package fr.bocage.it.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.ingest.SelfReproducingArchives;
import fr.bocage.it.Api;
import fr.bocage.it.Token;
import fr.bocage.it.Api.Answer;
import fr.bocage.it.Api.Caller;
import fr.bocage.it.Api.Form;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of hostile files, made by the test, through the upload: each is either kept with an honest extraction
 * status or refused with a reason a person can read (never a 500, never an HTML page), and the server stays up.
 * Every file carries a word of its own, so that no two runs and no two files are duplicates of each other.
 */
class HostileFilesIT {

    /** What ExtractionStatus says of a file kept; a bomb is never kept. */
    private static final Set<String> STATUSES = Set.of("ok", "empty", "truncated", "failed", "encrypted");
    private static final Set<Integer> REFUSALS = Set.of(400, 413, 415, 422);

    private static Caller contributor;

    @BeforeAll
    static void account() {
        contributor = Api.createAccount("hostile-" + Token.next(), "contributor");
    }

    static Stream<Arguments> files() {
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        files.put("recursive.zip", () -> nestedZip(30));
        files.put("ratio-bomb.zip", () -> zip("bombe.txt", repeated('a', 64 << 20)));
        files.put("bomb.txt.gz", () -> gzip(repeated('a', 64 << 20)));
        files.put("nested.gz", () -> {
            byte[] content = text();
            for (int i = 0; i < 12; i++) {
                content = gzip(content);
            }
            return content;
        });
        files.put("zip-in-gzip-in-zip.zip", () -> zip("a.gz", gzip(zip("b.zip", nestedZip(4)))));
        files.put("huge-declared-size.zip", HostileFilesIT::lyingSizeZip);
        files.put("truncated.zip", () -> {
            byte[] whole = zip("note.txt", text());
            return Arrays.copyOf(whole, whole.length / 2);
        });
        files.put("pdf-header-only.pdf", () -> ("%PDF-1.7\n" + Token.next()).getBytes(StandardCharsets.US_ASCII));
        files.put("zip-named.pdf", () -> zip("note.txt", text()));
        files.put("pdf-zip-polyglot.pdf", () -> concat(("%PDF-1.4\n% " + Token.next() + "\n")
                .getBytes(StandardCharsets.US_ASCII), zip("note.txt", text())));
        files.put("html-named.txt", () -> ("<html><body><script>alert(1)</script>" + Token.next()
                + "</body></html>").getBytes(StandardCharsets.UTF_8));
        files.put("elf-named.pdf", () -> concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, text()));
        files.put("nul-bytes.txt", () -> concat(new byte[4096], text()));
        files.put("invalid-utf8.txt", () -> concat(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xED,
                (byte) 0xA0, (byte) 0x80}, text()));
        files.put("bidi\u202Etxt.exe", HostileFilesIT::text);
        // Archives whose content is the archive itself: an extractor that recurses into them never ends.
        files.put("quine.zip", () -> SelfReproducingArchives.zip("quine-" + Token.next() + ".zip"));
        files.put("quine.gz", () -> SelfReproducingArchives.gzip("quine-" + Token.next()));
        return files.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyHostileFileIsKeptHonestlyOrRefusedWithAReason(String name, Supplier<byte[]> content) {
        Answer answer = Api.upload(Form.file(name, content.get()), contributor);
        assertTrue(answer.status() == 201 || REFUSALS.contains(answer.status()),
                () -> name + ": " + answer.status() + " " + answer.text());
        if (answer.status() == 201) {
            JsonObject extraction = answer.json().getJsonObject("extraction");
            assertTrue(STATUSES.contains(extraction.getString("status")), () -> name + ": " + extraction);
            assertFalse(answer.json().getJsonObject("file").getString("name").contains("\u202E"));
        } else {
            JsonObject refusal = answer.expectError(answer.status());
            assertTrue(refusal.getString("message").length() > 10, refusal::toString);
        }
    }

    @AfterAll
    static void theServerIsStillUp() {
        Api.awaitReady(Duration.ofSeconds(30));
        Api.get("/api/search?q=haie").expect(200);
    }

    private static byte[] text() {
        return ("Un texte " + Token.next() + ".").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] repeated(char c, int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) c);
        // A unique tail: the same bomb in another run would otherwise be a duplicate.
        byte[] tail = text();
        System.arraycopy(tail, 0, bytes, size - tail.length, tail.length);
        return bytes;
    }

    private static byte[] zip(String entry, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A ZIP inside a ZIP inside…: the archive that unpacks into itself, as deep as its maker likes. */
    private static byte[] nestedZip(int depth) {
        byte[] content = text();
        for (int level = 0; level < depth; level++) {
            content = zip(level == 0 ? "inner.txt" : "level" + level + ".zip", content);
        }
        return content;
    }

    /** A small ZIP whose headers declare an entry of nearly 4 GB. */
    private static byte[] lyingSizeZip() {
        byte[] zip = zip("enorme.txt", text());
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 <= zip.length; i++) {
            int signature = buffer.getInt(i);
            if (signature == 0x04034b50) { // local file header: uncompressed size at 22
                buffer.putInt(i + 22, 0xFFFFFFF0);
            } else if (signature == 0x02014b50) { // central directory: uncompressed size at 24
                buffer.putInt(i + 24, 0xFFFFFFF0);
            }
        }
        return zip;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}

package fr.bocage.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile files of HostileFilesIT that contain themselves really do, checksums included. */
class SelfReproducingArchivesTest {

    @Test
    void theZipsOnlyEntryIsTheZipItselfWithItsCrc() throws IOException {
        byte[] zip = SelfReproducingArchives.zip("quine-abc.zip");
        // ZipInputStream reads the local header and checks the entry's CRC and both sizes once it is inflated.
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            assertEquals("quine-abc.zip", entry.getName());
            assertArrayEquals(zip, in.readAllBytes());
            assertEquals(crc(zip), entry.getCrc());
            assertNull(in.getNextEntry());
        }
    }

    @Test
    void theCentralDirectoryAgrees(@TempDir Path folder) throws IOException {
        byte[] zip = SelfReproducingArchives.zip("quine-def.zip");
        Path file = Files.write(folder.resolve("quine.zip"), zip);
        try (ZipFile archive = new ZipFile(file.toFile()); InputStream entry = archive.getInputStream(
                archive.getEntry("quine-def.zip"))) {
            assertEquals(1, archive.size());
            assertEquals(crc(zip), archive.getEntry("quine-def.zip").getCrc());
            assertArrayEquals(zip, entry.readAllBytes());
        }
    }

    @Test
    void gunzipGivesTheSameFile() throws IOException {
        byte[] gzip = SelfReproducingArchives.gzip("quine-abc");
        // GZIPInputStream checks the trailer's CRC and size.
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            assertArrayEquals(gzip, in.readAllBytes());
        }
    }

    @Test
    void anotherNameGivesOtherBytes() {
        assertFalse(Arrays.equals(SelfReproducingArchives.zip("quine-a.zip"),
                SelfReproducingArchives.zip("quine-b.zip")));
        assertFalse(Arrays.equals(SelfReproducingArchives.gzip("quine-a"), SelfReproducingArchives.gzip("quine-b")));
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}

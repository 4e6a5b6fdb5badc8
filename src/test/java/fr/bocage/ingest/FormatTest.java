package fr.bocage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void knownDocumentTypesMapToTheirFacetFormat() {
        assertEquals(Optional.of(Format.PDF), Format.ofMediaType("application/pdf"));
        assertEquals(Optional.of(Format.DOCX),
                Format.ofMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertEquals(Optional.of(Format.ODT), Format.ofMediaType("application/vnd.oasis.opendocument.text"));
        assertEquals(Optional.of(Format.TEXT), Format.ofMediaType("text/plain; charset=windows-1252"));
        assertEquals(Optional.of(Format.HTML), Format.ofMediaType("TEXT/HTML"));
        assertEquals(Optional.of(Format.SPREADSHEET),
                Format.ofMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void executablesAndUnknownBytesAreNotTaken() {
        assertTrue(Format.ofMediaType("application/x-msdownload").isEmpty());
        assertTrue(Format.ofMediaType("application/x-executable").isEmpty());
        assertTrue(Format.ofMediaType("application/octet-stream").isEmpty());
        assertTrue(Format.ofMediaType(null).isEmpty());
    }

    @Test
    void codesAreFoundWhateverTheCase() {
        assertEquals(Optional.of(Format.DOCX), Format.ofCode("DOCX"));
        assertTrue(Format.ofCode("exe").isEmpty());
    }
}

package fr.bocage.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class CorpusCsvTest {

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() throws IOException {
        String csv = "file,title,theme\r\n"
                + "a.pdf,\"Comités \"\"trames verte et bleue\"\"\",\"Climat, air, énergie\"\r\n"
                + "b.txt,\"deux\nlignes\",\r\n"
                + "c.odt,sans fin de ligne,Mobilité";
        assertEquals(List.of(
                List.of("file", "title", "theme"),
                List.of("a.pdf", "Comités \"trames verte et bleue\"", "Climat, air, énergie"),
                List.of("b.txt", "deux\nlignes", ""),
                List.of("c.odt", "sans fin de ligne", "Mobilité")),
                CorpusCsv.parse(new StringReader(csv)));
    }

    @Test
    void quotedFieldMayEndTheText() throws IOException {
        assertEquals(List.of(List.of("x", "a,b")), CorpusCsv.parse(new StringReader("x,\"a,b\"")));
    }
}

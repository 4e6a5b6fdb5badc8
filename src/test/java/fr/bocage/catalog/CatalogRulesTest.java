package fr.bocage.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.ingest.extraction.ExtractionResult;
import fr.bocage.ingest.extraction.ExtractionStatus;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The small rules of the catalog that decide what a user's input becomes. */
class CatalogRulesTest {

    @Test
    void termKeysIgnoreCaseAccentsSpacesAndDashes() {
        assertEquals(TermKey.of("Provence-Alpes-Côte d'Azur"), TermKey.of("provence alpes cote d azur"));
        assertEquals(TermKey.of("provence-alpes-cote-d-azur"), TermKey.of("PROVENCE-ALPES-CÔTE D’AZUR"));
        assertEquals(TermKey.of("Île-de-France"), TermKey.of("ile de france"));
        assertEquals("eau et milieux aquatiques", TermKey.of("  Eau et MILIEUX aquatiques "));
        assertFalse(TermKey.of("Bretagne").equals(TermKey.of("Grand Est")));
    }

    @Test
    void downloadNamesAreSafeAttachmentsWithTheExactNameEncoded() {
        String header = ContentDisposition.attachment("../../etc/Guide « zones humides » été.pdf", "pdf");
        assertTrue(header.startsWith("attachment; filename=\"Guide _ zones humides _ ete.pdf\""), header);
        assertTrue(header.contains("filename*=UTF-8''Guide%20%C2%AB%20zones%20humides%20%C2%BB%20%C3%A9t%C3%A9.pdf"),
                header);
        assertTrue(ContentDisposition.attachment("a\"b\r\n.txt", "txt").startsWith("attachment; filename=\"ab.txt\""));
        assertTrue(ContentDisposition.attachment(null, "odt").startsWith("attachment; filename=\"document.odt\""));
    }

    @Test
    void metadataInputDropsBlanksAndKeepsListValuesOnOneLine() {
        MetadataInput input = new MetadataInput("  Titre\n sur deux lignes ", "  Résumé\n\nsuite  ", " ", null,
                "", Arrays.asList("elus", " ", null, "elus"), null, null, null, null,
                List.of("Ana\nBel"), null, List.of(" eau "), "");
        assertEquals("Titre sur deux lignes", input.title());
        assertEquals("Résumé\n\nsuite", input.summary());
        assertNull(input.type());
        assertNull(input.territory());
        assertEquals(List.of(), input.themes());
        assertEquals(List.of("elus"), input.audiences());
        assertEquals(List.of("Ana Bel"), input.authors());
        assertEquals(List.of("eau"), input.keywords());
        assertNull(input.sourceUrl());
    }

    @Test
    void metadataInputDropsHiddenCharacters() {
        MetadataInput input = new MetadataInput("Facture\u202Etxt.exe\u0000", "Un\u200B résumé\u2066.", null, null,
                null, null, null, null, null, null, List.of("Ana\uFEFF Bel"), "\u200D", List.of("eau\u2060"), null);
        assertEquals("Facturetxt.exe", input.title());
        assertEquals("Un résumé.", input.summary());
        assertEquals(List.of("Ana Bel"), input.authors());
        assertNull(input.organisation());
        assertEquals(List.of("eau"), input.keywords());
    }

    @Test
    void storedFileNamesFitTheirColumnKeepTheirExtensionAndShowWhatTheyAre() {
        String kept = StoredFile.keptName("é".repeat(300) + ".pdf");
        assertEquals(StoredFile.NAME_LENGTH, kept.length());
        assertTrue(kept.endsWith("é.pdf"), kept);
        assertEquals(StoredFile.NAME_LENGTH, StoredFile.keptName("🐸".repeat(200)).length() + 1,
                "a frog is never cut in half");
        assertEquals("facturetxt.exe", StoredFile.keptName("facture\u202Etxt.exe"));
        assertEquals("a b.txt", StoredFile.keptName("a\r\nb.txt"));
        assertNull(StoredFile.keptName("\u200B"));
    }

    @Test
    void aFilesOwnMetadataIsHeldToWhatAClientMaySend() {
        ExtractionResult found = new ExtractionResult(ExtractionStatus.OK, "application/pdf", "PDFParser",
                "T".repeat(900), IntStream.range(0, 80).mapToObj(i -> i + " Auteur\n" + "a".repeat(300)).toList(),
                "R".repeat(20_000),
                IntStream.range(0, 80).mapToObj(i -> i + "\r\n" + "k".repeat(150)).toList(),
                null, null, null, 0, 0, null);
        ResourceDescription d = new DescriptionResolver().forUpload(empty(), noCodes(), found, "f.pdf", "");
        assertEquals(MetadataLimits.TITLE, d.title().length());
        assertEquals(MetadataLimits.SUMMARY, d.summary().length());
        assertEquals(MetadataLimits.AUTHORS, d.authors().size());
        assertTrue(d.authors().stream().allMatch(a -> a.length() <= MetadataLimits.AUTHOR && !a.contains("\n")));
        assertEquals(MetadataLimits.KEYWORDS, d.keywords().size());
        assertTrue(d.keywords().stream().allMatch(k -> k.length() <= MetadataLimits.KEYWORD && !k.contains("\n")));
        StringListConverter column = new StringListConverter();
        assertTrue(column.convertToDatabaseColumn(d.authors()).length() <= MetadataLimits.AUTHORS_COLUMN);
        assertTrue(column.convertToDatabaseColumn(d.keywords()).length() <= MetadataLimits.KEYWORDS_COLUMN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"___.txt", "_.pdf", "/", "..", "\u202E_.txt", " _ _ .odt", "a/___.txt", "\\"})
    void fileNamesThatLeaveNoTitleGiveTheDefaultOne(String fileName) {
        ExtractionResult nothing = ExtractionResult.failure(ExtractionStatus.OK, null, 0);
        ResourceDescription d = new DescriptionResolver().forUpload(empty(), noCodes(), nothing, fileName, "");
        assertEquals(fr.bocage.platform.Messages.get("metadata.untitled"), d.title());
    }

    private static MetadataInput empty() {
        return new MetadataInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static DescriptionResolver.Codes noCodes() {
        return new DescriptionResolver.Codes(null, List.of(), null, List.of(), null, null);
    }

    @Test
    void listsRoundTripThroughOneColumn() {
        StringListConverter converter = new StringListConverter();
        List<String> values = List.of("Biodiversité", "Eau, milieux");
        assertEquals(values, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(values)));
        assertNull(converter.convertToDatabaseColumn(List.of()));
        assertEquals(List.of(), converter.convertToEntityAttribute(null));
    }
}

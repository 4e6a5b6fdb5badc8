package fr.bocage.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    void listsRoundTripThroughOneColumn() {
        StringListConverter converter = new StringListConverter();
        List<String> values = List.of("Biodiversité", "Eau, milieux");
        assertEquals(values, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(values)));
        assertNull(converter.convertToDatabaseColumn(List.of()));
        assertEquals(List.of(), converter.convertToEntityAttribute(null));
    }
}

package fr.bocage.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.bocage.ingest.extraction.ExtractionResult;
import fr.bocage.ingest.extraction.ExtractionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft's description, as an office file's properties would give it. */
class DescriptionResolverTest {
    private static final MetadataInput NOTHING_TYPED = new MetadataInput(null, null, null, List.of(), null, List.of(),
            null, null, null, null, List.of(), null, List.of(), null);
    private static final DescriptionResolver.Codes NO_CODES = new DescriptionResolver.Codes(null, List.of(), null,
            List.of(), null, null);

    private static ExtractionResult word(String title, List<String> authors) {
        return new ExtractionResult(ExtractionStatus.OK, "application/msword", "OfficeParser", title, authors, null,
                List.of(), null, 3, null, 1000, 10, null);
    }

    @Test
    void wordsPlaceholdersGiveWayToTheFirstHeadingAndRealAuthors() {
        ResourceDescription d = new DescriptionResolver().forUpload(NOTHING_TYPED, NO_CODES,
                word("Document1", List.of("PC-ACCUEIL", "Claire Le Gall")), "scan_0042.docx",
                "\n  Restaurer les haies bocagères\n\nLe bocage du Léon a perdu…");
        assertEquals("Restaurer les haies bocagères", d.title());
        assertEquals(List.of("Claire Le Gall"), d.authors());
    }

    @Test
    void aRealTitleInTheFilesPropertiesIsKept() {
        ResourceDescription d = new DescriptionResolver().forUpload(NOTHING_TYPED, NO_CODES,
                word("Microsoft Word - Guide des mares.docx", List.of()), "guide.docx", "Sommaire\n…");
        assertEquals("Guide des mares", d.title());
    }

    @Test
    void withoutTitleNorHeadingTheFileNameServes() {
        ResourceDescription d = new DescriptionResolver().forUpload(NOTHING_TYPED, NO_CODES,
                word(null, List.of()), "plan_de_gestion.docx", "");
        assertEquals("plan de gestion", d.title());
    }
}

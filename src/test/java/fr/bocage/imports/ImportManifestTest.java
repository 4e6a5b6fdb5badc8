package fr.bocage.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.platform.error.DomainException;
import fr.bocage.platform.web.ErrorStatus;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a manifest's rows become files and metadata, and which manifests are refused outright. */
class ImportManifestTest {

    private static List<ImportRow> read(String csv) {
        return ImportManifest.read(new StringReader(csv));
    }

    @Test
    void columnAliasesAndMultiValuedCellsMapToTheUploadFields() {
        List<ImportRow> rows = read("\uFEFFFile,Title,theme,region,audience,year,authors,keywords,language\r\n"
                + "docs/a.pdf,\"Haies, bocage\",\"Climat, air, énergie|water\",Bretagne,elus|associations,2021,"
                + "Ana Bel;Yann Kerbrat|Léa,haie|bocage,fr\r\n");
        assertEquals(1, rows.size());
        ImportRow row = rows.get(0);
        assertEquals(2, row.line());
        assertEquals("docs/a.pdf", row.file());
        MetadataInput metadata = row.metadata();
        assertEquals("Haies, bocage", metadata.title());
        assertEquals(List.of("Climat, air, énergie", "water"), metadata.themes());
        assertEquals("Bretagne", metadata.territory());
        assertEquals(List.of("elus", "associations"), metadata.audiences());
        assertEquals(2021, metadata.year());
        assertEquals(List.of("Ana Bel", "Yann Kerbrat", "Léa"), metadata.authors());
        assertEquals(List.of("haie", "bocage"), metadata.keywords());
        assertEquals("fr", metadata.language());
    }

    @Test
    void theDemoManifestColumnsAreAccepted() {
        ImportRow row = read("file,title,summary,type,themes,territory,audiences,year,authors,organisation,keywords,"
                + "licence,language\nx.txt,T,S,guide,water,Corse,elus,2020,A|B,O,k,cc-by-4.0,fr\n").get(0);
        MetadataInput metadata = row.metadata();
        assertEquals("Corse", metadata.territory());
        assertEquals(List.of("A", "B"), metadata.authors());
        assertEquals("O", metadata.organisation());
        assertEquals("cc-by-4.0", metadata.licence());
    }

    @Test
    void emptyCellsAndBlankLinesAreLeftOut() {
        List<ImportRow> rows = read("file,title,theme,year\n\na.txt,,,\n,,,\nb.txt\n");
        assertEquals(List.of("a.txt", "b.txt"), rows.stream().map(ImportRow::file).toList());
        MetadataInput metadata = rows.get(1).metadata();
        assertNull(metadata.title());
        assertNull(metadata.year());
        assertEquals(List.of(), metadata.themes());
    }

    @Test
    void aBadYearRefusesTheRowOnly() {
        ImportRow row = read("file,year\na.txt,deux mille\n").get(0);
        DomainException refused = assertThrows(DomainException.class, row::metadata);
        assertEquals(400, ErrorStatus.of(refused));
        assertTrue(refused.getMessage().contains("deux mille"), refused.getMessage());
    }

    @Test
    void manifestsThatCannotBeReadAreRefused() {
        for (String csv : List.of("", "title,year\nT,2020\n", "file,colour\na.txt,red\n", "file,theme,themes\n",
                "file,title\na.txt,\"unterminated\n")) {
            DomainException refused = assertThrows(DomainException.class, () -> read(csv), csv);
            assertEquals(400, ErrorStatus.of(refused), csv);
        }
    }

    @Test
    void filesMustStayInsideTheFolder() {
        Path folder = Path.of("/srv/import/lot");
        Path expected = Path.of("/srv/import/lot/docs/été.pdf");
        assertEquals(expected, rowFor("docs/été.pdf").resolveIn(folder));
        assertEquals(expected, rowFor("./docs/../docs/été.pdf").resolveIn(folder));
        for (String escaping : List.of("../secret.pdf", "docs/../../secret.pdf", "/etc/passwd", "", " ")) {
            DomainException refused = assertThrows(DomainException.class, () -> rowFor(escaping).resolveIn(folder), escaping);
            assertEquals(400, ErrorStatus.of(refused));
        }
    }

    @Test
    void foldersResolveOnlyInsideTheRoot() {
        Path root = Path.of("/srv/import");
        assertEquals(Optional.of(Path.of("/srv/import/fr")), ImportPaths.within(root, "fr"));
        assertEquals(Optional.of(Path.of("/srv/import/fr")), ImportPaths.within(root, "fr/"));
        assertEquals(Optional.empty(), ImportPaths.within(root, "../fr"));
        assertEquals(Optional.empty(), ImportPaths.within(root, "/srv/import/fr"));
        assertEquals(Optional.empty(), ImportPaths.within(root, null));
    }

    private static ImportRow rowFor(String file) {
        return read("file\n\"" + file + "\"\n").stream().findFirst().orElse(new ImportRow(2, file, Map.of()));
    }
}

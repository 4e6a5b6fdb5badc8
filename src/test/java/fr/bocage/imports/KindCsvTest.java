package fr.bocage.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.platform.Messages;
import fr.bocage.platform.error.InvalidInput;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the CSV of a kind is read: its header checked as a whole first, its cells by canonical column. */
class KindCsvTest {

    /** A kind with two columns that also takes headers {@code n:year} for years after 2000, as actions do. */
    private static final ImportKind KIND = new ImportKind() {
        @Override
        public String name() {
            return "things";
        }

        @Override
        public List<String> columns() {
            return List.of("name", "engagedSince");
        }

        @Override
        public String otherColumn(String header) {
            if (header.startsWith("n:")) {
                if (Integer.parseInt(header.substring(2)) < 2000) {
                    throw new InvalidInput("year");
                }
                return header;
            }
            return ImportKind.super.otherColumn(header);
        }

        @Override
        public List<List<String>> templateRows() {
            return List.of(List.of("Haies, talus", "2021"));
        }

        @Override
        public void importRow(ImportRow row, ImportContext context) {
        }
    };

    @Test
    void headerNamesIgnoreCaseAndOrderAndBlankCellsAreNoValue() {
        List<ImportRow> rows = KindCsv.read("\uFEFFENGAGEDSINCE, Name ,n:2023\r\n2021,\"Haies, talus\",\r\n"
                + ",,\r\n , Mares ,12\r\n", KIND);
        assertEquals(2, rows.size(), "a blank line is skipped");
        assertEquals(Map.of("engagedSince", "2021", "name", "Haies, talus"), rows.get(0).cells());
        assertEquals(2, rows.get(0).line());
        assertEquals(Map.of("name", "Mares", "n:2023", "12"), rows.get(1).cells());
        assertEquals(4, rows.get(1).line());
    }

    @Test
    void aSemicolonHeaderMeansSemicolonsBetweenCells() {
        assertEquals(';', KindCsv.delimiter("name;engagedSince\n"));
        assertEquals(',', KindCsv.delimiter("name,engagedSince\n"));
        List<ImportRow> rows = KindCsv.read("name;engagedSince\r\nHaies, talus;2021\r\n", KIND);
        assertEquals(Map.of("engagedSince", "2021", "name", "Haies, talus"), rows.get(0).cells());
    }

    @Test
    void anUnknownRepeatedOrBlankHeaderRefusesTheWholeFile() {
        InvalidInput unknown = assertThrows(InvalidInput.class, () -> KindCsv.read("name,siret\nA,1\n", KIND));
        assertEquals(Messages.format("import.kind.column.unknown", "siret", "name, engagedSince"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("Rien n'a été importé"), unknown::getMessage);
        InvalidInput repeated = assertThrows(InvalidInput.class, () -> KindCsv.read("name,NAME\n", KIND));
        assertTrue(repeated.getMessage().contains("« NAME »"), repeated::getMessage);
        assertThrows(InvalidInput.class, () -> KindCsv.read("name,,engagedSince\n", KIND));
        assertEquals("year", assertThrows(InvalidInput.class, () -> KindCsv.read("name,n:1999\n", KIND)).getMessage(),
                "what the kind says of its own columns");
        assertThrows(InvalidInput.class, () -> KindCsv.read("", KIND));
        assertThrows(InvalidInput.class, () -> KindCsv.read("name\n\"unclosed\n", KIND));
    }

    @Test
    void onlyUtf8IsTaken() {
        String text = "name\nÉtang\n";
        assertEquals(text, KindCsv.decode(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        InvalidInput latin1 = assertThrows(InvalidInput.class,
                () -> KindCsv.decode(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1))));
        assertEquals(Messages.get("import.kind.not-utf8"), latin1.getMessage());
    }

    @Test
    void theTemplateIsReadBackAsItsExampleRows() {
        String template = KindCsv.template(KIND);
        assertTrue(template.startsWith("\uFEFFname,engagedSince\r\n\"Haies, talus\",2021"), template);
        assertEquals(Map.of("name", "Haies, talus", "engagedSince", "2021"), KindCsv.read(template, KIND).get(0).cells());
    }

    @Test
    void cellsAreReadAsValuesAndEachRefusalNamesItsColumn() {
        CsvCells cells = new CsvCells(new ImportRow(3, null, Map.of("budget", "12 500,50", "year", "20x3",
                "themes", "water| |Climat", "kind", "Commune", "value", "abc")));
        assertEquals(new BigDecimal("12500.50"), cells.decimal("budget"));
        assertEquals(List.of("water", "Climat"), cells.list("themes"));
        assertEquals("municipality", cells.choice("kind", Map.of("association", "Association", "municipality", "Commune")));
        assertEquals(Messages.format("import.kind.cell", "year", Messages.format("import.kind.year", "20x3")),
                assertThrows(InvalidInput.class, () -> cells.year("year")).getMessage());
        assertTrue(assertThrows(InvalidInput.class, () -> cells.decimal("value")).getMessage()
                .startsWith("Colonne « value » : « abc » n'est pas un nombre"));
        assertTrue(assertThrows(InvalidInput.class, () -> cells.required("name")).getMessage()
                .startsWith("Colonne « name » : "));
        assertTrue(assertThrows(InvalidInput.class, () -> cells.choice("kind", Map.of("company", "Entreprise")))
                .getMessage().contains("company (Entreprise)"));
    }
}

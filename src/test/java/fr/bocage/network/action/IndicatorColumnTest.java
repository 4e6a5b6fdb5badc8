package fr.bocage.network.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bocage.platform.error.InvalidInput;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The header of an indicator column of the actions' CSV: {@code code:year}. */
class IndicatorColumnTest {
    private static final List<String> CODES = List.of("hedges-planted-m", "ponds-created");

    @Test
    void aCodeAndAYearNameTheColumnOfThatYearsValues() {
        assertEquals(Optional.of(new IndicatorColumn("hedges-planted-m", 2023)),
                IndicatorColumn.parse("hedges-planted-m:2023", CODES));
        assertEquals("ponds-created:2021", IndicatorColumn.parse(" Ponds-Created : 2021 ", CODES).orElseThrow().header());
    }

    @Test
    void anotherFormIsNotAnIndicatorColumn() {
        assertEquals(Optional.empty(), IndicatorColumn.parse("siret", CODES));
        assertEquals(Optional.empty(), IndicatorColumn.parse("hedges planted 2023", CODES));
    }

    @Test
    void anUnknownCodeOrABadYearRefusesTheFileWithWhatToWrite() {
        InvalidInput unknown = assertThrows(InvalidInput.class, () -> IndicatorColumn.parse("trees-planted:2023", CODES));
        assertTrue(unknown.getMessage().startsWith("Colonne « trees-planted:2023 » : « trees-planted » n'est pas un "
                + "indicateur du catalogue (indicateurs : hedges-planted-m, ponds-created)"), unknown::getMessage);
        assertTrue(unknown.getMessage().endsWith("Rien n'a été importé."), unknown::getMessage);
        for (String header : List.of("hedges-planted-m:23", "hedges-planted-m:1900", "hedges-planted-m:2101",
                "hedges-planted-m:deux")) {
            assertThrows(InvalidInput.class, () -> IndicatorColumn.parse(header, CODES), header);
        }
    }

    @Test
    void aPropertyPathIsNamedByItsColumn() {
        assertEquals("title", ActionImport.column("metadata.title"));
        assertEquals("title", ActionImport.column("metadata"));
        assertEquals("context", ActionImport.column("sections.context"));
        assertEquals("indicators", ActionImport.column("indicators[2].year"));
        assertEquals("funders", ActionImport.column("funders[0].<list element>"));
        assertEquals("startYear", ActionImport.column("startYear"));
    }
}

package fr.bocage.training.registrants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrantsCsvTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=HYPERLINK(\"http://evil.example\";\"Clic\")|'=HYPERLINK(\"http://evil.example\";\"Clic\")",
        "+33 6 12 34 56 78|'+33 6 12 34 56 78",
        "-2+3|'-2+3",
        "@SUM(A1:A9)|'@SUM(A1:A9)",
        "Camille Martin|Camille Martin",
        "Parc = nature|Parc = nature"})
    void whatASpreadsheetWouldRunIsShownAsText(String typed, String written) {
        assertEquals(written, RegistrantsCsv.text(typed));
    }

    @Test
    void aFrenchSpreadsheetReadsItAsWritten() {
        String csv = RegistrantsCsv.write(List.of(new RegistrationView(7, "=1+1", "a@example.org", "@Asso", "waiting",
                2L, Instant.parse("2026-06-02T12:00:30.123456789Z"), Instant.parse("2026-06-02T12:00:00Z"), null)));
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFid;nom;email;structure;statut;position;inscription;consentement;présent", lines.get(0));
        assertEquals("7;'=1+1;a@example.org;'@Asso;en attente;2;2026-06-02 14:00;2026-06-02 14:00;", lines.get(1));
    }
}

package fr.bocage.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisibleTextTest {

    @ParameterizedTest(name = "[{index}] one line {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Camille Martin|false|true",
        "Camille Martin|true|true",
        "Camille\\nCliquez ici|false|true",
        "Camille\\nCliquez ici|true|false",
        "Parc\\tnaturel|true|false",
        "Parc\\u2028naturel|true|false",
        "zw\\u200b@example.org|false|false",
        "Mairie\\u202E|true|false",
        "Parc\\u0000|false|false"})
    void hiddenCharactersAndOnOneLineLineBreaksAreRefused(String escaped, boolean oneLine, boolean valid) {
        String value = escaped.replace("\\n", "\n").replace("\\t", "\t").replace("\\u2028", "\u2028")
                .replace("\\u200b", "\u200b").replace("\\u202E", "\u202E").replace("\\u0000", "\u0000");
        assertEquals(valid, VisibleText.Check.accepts(value, oneLine));
    }
}

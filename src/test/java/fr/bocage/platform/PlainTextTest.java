package fr.bocage.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(ints = {0x0, 0x7, 0x1B, 0x7F, 0x85, 0x202A, 0x202E, 0x2066, 0x2069, 0x200B, 0x200D, 0x200E, 0x2060,
            0xFEFF, 0xD800, 0xDFFF})
    void hiddenCharactersAreDropped(int c) {
        String value = "fact" + (char) c + "ure.txt";
        assertTrue(PlainText.hasHidden(value));
        assertEquals("facture.txt", PlainText.visible(value));
    }

    @Test
    void visibleTextIsKeptAsItIs() {
        String value = "Zones humides : « été » 🐸\tet\nmares";
        assertFalse(PlainText.hasHidden(value));
        assertEquals(value, PlainText.visible(value));
        assertEquals("Zones humides : « été » 🐸 et mares", PlainText.oneLine(value));
        assertNull(PlainText.visible(null));
    }

    @Test
    void cuttingNeverSplitsACharacter() {
        String frogs = "🐸".repeat(3);
        assertEquals("🐸", PlainText.cut(frogs, 3));
        assertEquals("🐸🐸", PlainText.cut(frogs, 4));
        assertEquals(frogs, PlainText.cut(frogs, 6));
        assertEquals("🐸…", PlainText.shortened(frogs, 4));
        assertEquals("Titre…", PlainText.shortened("Titre long", 6));
        assertEquals(500, PlainText.shortened("é".repeat(600), 500).length());
    }
}

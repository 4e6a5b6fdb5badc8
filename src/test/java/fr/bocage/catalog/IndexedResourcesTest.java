package fr.bocage.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexedResourcesTest {

    @Test
    void aTrainingsTextWithItsMaterialsIsCappedInAllAndNoMaterialIsReadBeyondTheCap() {
        List<Integer> asked = new ArrayList<>();
        String text = IndexedResources.joined("Webinaire.", List.of("a", "b", "c", "d"), (sha256, maxChars) -> {
            asked.add(maxChars);
            return "x".repeat(Math.min(maxChars, 400));
        }, 1_000);

        assertEquals(1_000, text.length());
        assertEquals(3, asked.size(), "the fourth material is not read at all");
        assertTrue(asked.get(2) <= 1_000 - "Webinaire.".length() - 2 * 402 - 2, asked.toString());
    }

    @Test
    void shortTextsAreJoinedWhole() {
        assertEquals("Webinaire.\n\nDiapos\n\nActes", IndexedResources.joined("Webinaire.", List.of("a", "b"),
                (sha256, maxChars) -> sha256.equals("a") ? "Diapos" : "Actes", 1_000));
    }
}

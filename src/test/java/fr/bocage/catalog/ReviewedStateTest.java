package fr.bocage.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewedStateTest {
    private final ReviewedState seen = new ReviewedState(Map.of("title", "Mares", "summary", "Un guide",
            "theme", "Eau; Agriculture, forêt, alimentation", ReviewedState.FILE, "mares.pdf · aaa", "lessons", "Rien"));

    @Test
    void itIsKeptAsJsonAndReadBackAsItWas() {
        assertEquals(seen, ReviewedState.read(seen.json()).orElseThrow());
        assertTrue(ReviewedState.read(null).isEmpty(), "events other than a request for changes keep nothing");
        assertTrue(ReviewedState.read("[1, 2]").isEmpty(), "nor does anything unreadable");
    }

    @Test
    void theChangesComeInTheOrderOfThePageWithEmptyFieldsAsEmptyText() {
        ReviewedState now = new ReviewedState(Map.of("title", "Mares temporaires", "summary", "Un guide",
                "territory", "Bretagne", ReviewedState.FILE, "mares.pdf · bbb", "lessons", "Rien"));
        assertEquals(List.of(new ReviewedState.Change("title", "Mares", "Mares temporaires"),
                new ReviewedState.Change("theme", "Eau; Agriculture, forêt, alimentation", ""),
                new ReviewedState.Change("territory", "", "Bretagne"),
                new ReviewedState.Change(ReviewedState.FILE, "mares.pdf · aaa", "mares.pdf · bbb")),
                seen.changesTo(now));
        assertEquals(List.of(), seen.changesTo(seen));
    }
}

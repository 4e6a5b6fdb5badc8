package fr.bocage.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo news read, within the limits, marked as demonstration, dated in the past months, two in a demo network, one image. */
class DemoNewsTest {

    @Test
    void sixValidItemsTwoInTheRegionalNetworkOneWithItsImage() throws Exception {
        LocalDate today = LocalDate.of(2026, 12, 6);
        List<DemoNews.Item> items;
        try (Reader json = new InputStreamReader(DemoNewsTest.class.getResourceAsStream("/demo/demo-news.json"),
                StandardCharsets.UTF_8)) {
            items = DemoNews.read(json, today);
        }
        assertEquals(6, items.size());
        for (DemoNews.Item item : items) {
            assertTrue(item.input().lead().length() <= 600 && item.input().body().length() <= 20000);
            assertTrue(item.input().title().contains("(démonstration)"), item.input().title());
            assertTrue(item.input().date().isBefore(today) && item.input().date().isAfter(today.minusMonths(7)));
            assertTrue(!item.input().themes().isEmpty() && item.input().territory() != null, "submittable");
        }
        assertEquals(2, items.stream().filter(i -> "territoires-participatifs".equals(i.input().network())).count());
        List<DemoNews.Item> illustrated = items.stream().filter(i -> i.image() != null).toList();
        assertEquals(1, illustrated.size());
        assertNotNull(illustrated.get(0).imageAlt());
        assertNotNull(DemoNewsTest.class.getResource("/demo/" + illustrated.get(0).image()));
    }
}

package fr.bocage.demo;

import fr.bocage.network.news.NewsInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the demo news ({@code demo/demo-news.json}): the fields of {@code POST /api/news}, dated {@code daysAgo}
 * days before the first start, and optionally an image of the demo folder with its alternative text.
 */
final class DemoNews {
    private DemoNews() {
    }

    /** One demo item; {@code image} null without one. */
    record Item(NewsInput input, String image, String imageAlt) {
    }

    static List<Item> read(Reader json, LocalDate today) {
        try (JsonReader reader = Json.createReader(json)) {
            return reader.readArray().getValuesAs(JsonValue.class).stream().map(v -> item(v.asJsonObject(), today))
                    .toList();
        }
    }

    private static Item item(JsonObject n, LocalDate today) {
        List<String> themes = n.getJsonArray("themes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        NewsInput input = new NewsInput(n.getString("title"), n.getString("lead"), n.getString("body"), themes,
                n.getString("territory", null), n.getString("network", null),
                n.getBoolean("membersOnly", false), today.minusDays(n.getInt("daysAgo", 0)));
        return new Item(input, n.getString("image", null), n.getString("imageAlt", null));
    }
}

package fr.bocage.demo;

import fr.bocage.catalog.MetadataInput;
import fr.bocage.training.webinar.Speaker;
import fr.bocage.training.webinar.WebinarInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Reads the demo webinars ({@code demo/demo-webinars.json}): each is dated in days from the first start
 * ({@code inDays}, negative for a past one) at a French time ({@code at}), so that the demo always has webinars
 * to come and some to watch again. {@code materials} names demo files loaded as the webinar's slides.
 */
final class DemoWebinars {
    private DemoWebinars() {
    }

    static List<DemoTraining<WebinarInput>> read(Reader json, LocalDate today) {
        try (JsonReader reader = Json.createReader(json)) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(entry -> {
                WebinarInput webinar = webinar(entry, today);
                return new DemoTraining<>(webinar, webinar.metadata().title(), DemoMetadata.strings(entry, "materials"));
            }).toList();
        }
    }

    private static WebinarInput webinar(JsonObject entry, LocalDate today) {
        JsonObject w = entry.getJsonObject("webinar");
        JsonObject m = w.getJsonObject("metadata");
        // A local date-time is read in Europe/Paris, like a trainer's.
        String startsAt = today.plusDays(entry.getInt("inDays")).atTime(LocalTime.parse(entry.getString("at"))).toString();
        MetadataInput metadata = DemoMetadata.read(m);
        List<Speaker> speakers = w.getJsonArray("speakers").getValuesAs(JsonObject.class).stream()
                .map(s -> new Speaker(s.getString("name"), s.getString("organisation", null))).toList();
        return new WebinarInput(metadata, startsAt, w.getInt("durationMinutes"), speakers, w.getString("series", null),
                w.getInt("capacity"), w.getString("joinUrl", null), w.getString("replayUrl", null),
                w.getString("recap", null));
    }
}

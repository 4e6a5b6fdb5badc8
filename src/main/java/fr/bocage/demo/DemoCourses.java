package fr.bocage.demo;

import fr.bocage.training.course.CourseInput;
import fr.bocage.training.course.SessionInput;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Reads the demo courses ({@code demo/demo-courses.json}): each session is dated in days from the first start
 * ({@code inDays}, {@code days} long, default 1) from a local time ({@code from}) to another ({@code to}) of its
 * {@code timeZone} (default: the course's territory's, else Paris), so that
 * the demo catalogue always has sessions to come. {@code materials} names demo files loaded as the course's handouts.
 */
final class DemoCourses {
    private DemoCourses() {
    }

    static List<DemoTraining<CourseInput>> read(Reader json, LocalDate today) {
        try (JsonReader reader = Json.createReader(json)) {
            return reader.readArray().getValuesAs(JsonObject.class).stream().map(c -> {
                CourseInput course = course(c, today);
                return new DemoTraining<>(course, course.metadata().title(), DemoMetadata.strings(c, "materials"));
            }).toList();
        }
    }

    private static CourseInput course(JsonObject c, LocalDate today) {
        List<SessionInput> sessions = c.containsKey("sessions") ? c.getJsonArray("sessions")
                .getValuesAs(JsonObject.class).stream().map(s -> session(s, today)).toList() : List.of();
        JsonNumber price = c.getJsonNumber("price");
        return new CourseInput(DemoMetadata.read(c.getJsonObject("metadata")), c.getString("objectives", null),
                c.getString("level"), c.getString("format"), c.getString("duration", null),
                c.getString("prerequisites", null), price == null ? null : price.bigDecimalValue(),
                c.getString("platformUrl", null), sessions);
    }

    /** A local date-time is read in the session's zone, like a trainer's. */
    private static SessionInput session(JsonObject s, LocalDate today) {
        LocalDate first = today.plusDays(s.getInt("inDays"));
        LocalDate last = first.plusDays(s.getInt("days", 1) - 1L);
        return new SessionInput(first.atTime(LocalTime.parse(s.getString("from"))).toString(),
                last.atTime(LocalTime.parse(s.getString("to"))).toString(), s.getString("place", null),
                s.getInt("capacity"), s.getString("timeZone", null), null);
    }
}

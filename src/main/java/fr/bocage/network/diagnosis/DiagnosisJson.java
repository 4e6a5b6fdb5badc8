package fr.bocage.network.diagnosis;

import fr.bocage.platform.rest.ApiNames;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents stored in the diagnosis tables, as JSON: a questionnaire version's content, read whole and never
 * changed once answered, and an answer's responses (each question's key with its values), read whole by the reports.
 */
final class DiagnosisJson {
    private DiagnosisJson() {
    }

    static String write(Content content) {
        JsonArrayBuilder sections = Json.createArrayBuilder();
        for (Content.Section section : content.sections()) {
            JsonArrayBuilder questions = Json.createArrayBuilder();
            for (Content.Question q : section.questions()) {
                JsonArrayBuilder options = Json.createArrayBuilder();
                q.options().forEach(o -> options.add(Json.createObjectBuilder().add("label", o.label())
                        .add("score", o.score())));
                questions.add(Json.createObjectBuilder().add("key", q.key()).add("kind", q.kind().code())
                        .add("text", q.text()).add("weight", q.weight()).add("options", options));
            }
            sections.add(Json.createObjectBuilder().add("title", section.title()).add("questions", questions));
        }
        return Json.createObjectBuilder().add("sections", sections).build().toString();
    }

    static Content content(String json) {
        JsonObject root = read(json);
        return new Content(root.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .map(s -> new Content.Section(s.getString("title"), s.getJsonArray("questions")
                        .getValuesAs(JsonObject.class).stream().map(DiagnosisJson::question).toList()))
                .toList());
    }

    private static Content.Question question(JsonObject q) {
        return new Content.Question(q.getString("key"),
                ApiNames.parse(QuestionKind.class, q.getString("kind")).orElseThrow(), q.getString("text"),
                q.getJsonNumber("weight").doubleValue(), q.getJsonArray("options").getValuesAs(JsonObject.class)
                        .stream().map(o -> new Content.Option(o.getString("label"), o.getInt("score"))).toList());
    }

    static String write(Map<String, List<String>> responses) {
        JsonObjectBuilder root = Json.createObjectBuilder();
        responses.forEach((key, values) -> root.add(key, Json.createArrayBuilder(values)));
        return root.build().toString();
    }

    static Map<String, List<String>> responses(String json) {
        Map<String, List<String>> responses = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : read(json).entrySet()) {
            responses.put(e.getKey(), e.getValue().asJsonArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList());
        }
        return responses;
    }

    /** Section percents, null where a section has nothing scored: {@code [62.5,null,100.0]}. */
    static String writePercents(List<Double> percents) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        percents.forEach(p -> {
            if (p == null) {
                array.addNull();
            } else {
                array.add(p);
            }
        });
        return array.build().toString();
    }

    static List<Double> percents(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().stream()
                    .map(v -> v.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonNumber) v).doubleValue())
                    .toList();
        }
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}

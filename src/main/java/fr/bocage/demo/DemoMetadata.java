package fr.bocage.demo;

import fr.bocage.catalog.MetadataInput;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/** The description of a demo training in JSON: the API's metadata fields, in French unless told. */
final class DemoMetadata {
    private DemoMetadata() {
    }

    static MetadataInput read(JsonObject m) {
        return new MetadataInput(m.getString("title"), m.getString("summary", null), null, strings(m, "themes"),
                m.getString("territory", null), strings(m, "audiences"), null, null, "fr", null, List.of(),
                m.getString("organisation", null), strings(m, "keywords"), null);
    }

    /** The strings of an array member; none when it is absent. */
    static List<String> strings(JsonObject object, String name) {
        JsonArray values = object.getJsonArray(name);
        return values == null ? List.of() : values.getValuesAs(JsonValue.class).stream()
                .map(v -> ((JsonString) v).getString()).toList();
    }
}

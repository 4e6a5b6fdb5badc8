package fr.bocage.demo;

import fr.bocage.network.actor.ActorInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.util.List;

/** Reads the demo actors ({@code demo/demo-actors.json}): each object has the fields of {@code POST /api/actors}. */
final class DemoActors {
    private DemoActors() {
    }

    static List<ActorInput> read(Reader json) {
        try (JsonReader reader = Json.createReader(json)) {
            return reader.readArray().getValuesAs(JsonValue.class).stream().map(v -> actor(v.asJsonObject())).toList();
        }
    }

    static ActorInput actor(JsonObject a) {
        return new ActorInput(DemoMetadata.read(a.getJsonObject("metadata")), a.getString("kind"),
                a.getString("siren", null), a.getString("commune", null), a.getString("website", null),
                a.getString("engagement", null),
                a.containsKey("engagedSince") ? a.getInt("engagedSince") : null, a.getString("contactEmail", null),
                null, a.getString("country", null));
    }
}

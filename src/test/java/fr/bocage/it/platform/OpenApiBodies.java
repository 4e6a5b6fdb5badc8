package fr.bocage.it.platform;

import fr.bocage.it.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The top-level fields of each operation's JSON request body, as the running server's OpenAPI document declares. */
final class OpenApiBodies {

    private static JsonObject document;

    private OpenApiBodies() {
    }

    /**
     * The fields of the JSON body that {@code method} on {@code path} (a concrete path, e.g. {@code /api/news/0})
     * reads; none when no operation matches or its body is not a JSON object.
     */
    static synchronized List<String> fieldsOf(String method, String path) {
        if (document == null) {
            document = Json.createReader(new StringReader(Api.get("/openapi?format=JSON").expect(200).text()))
                    .readObject();
        }
        return operation(method, path)
                .map(op -> op.getJsonObject("requestBody"))
                .map(body -> body.getJsonObject("content"))
                .map(content -> content.getJsonObject("application/json"))
                .map(json -> resolved(json.getJsonObject("schema")))
                .map(schema -> schema.getJsonObject("properties"))
                .map(properties -> List.copyOf(properties.keySet()))
                .orElse(List.of());
    }

    /** The operation whose path template matches, the most literal template first ({@code /a/b} before {@code /a/{x}}). */
    private static Optional<JsonObject> operation(String method, String path) {
        return document.getJsonObject("paths").entrySet().stream()
                .filter(entry -> Pattern.matches(entry.getKey().replaceAll("\\{[^}]+}", "[^/]+"), path))
                .sorted(Comparator.comparingInt((Map.Entry<String, JsonValue> entry) ->
                        entry.getKey().replaceAll("\\{[^}]+}", "").length()).reversed())
                .map(entry -> entry.getValue().asJsonObject().getJsonObject(method.toLowerCase()))
                .filter(op -> op != null)
                .findFirst();
    }

    private static JsonObject resolved(JsonObject schema) {
        if (schema == null || !schema.containsKey("$ref")) {
            return schema;
        }
        String name = schema.getString("$ref").substring("#/components/schemas/".length());
        return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }
}

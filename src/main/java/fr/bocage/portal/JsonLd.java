package fr.bocage.portal;

import fr.bocage.catalog.ResourceView;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** The schema.org description of a resource, as a JSON-LD block that is safe inside an HTML script element. */
final class JsonLd {
    private JsonLd() {
    }

    static String of(ResourceView r, ResourcePage page) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "CreativeWork")
                .add("@id", page.getCanonicalUrl())
                .add("url", page.getCanonicalUrl())
                .add("name", r.title());
        optional(json, "description", r.summary());
        if (!r.authors().isEmpty()) {
            JsonArrayBuilder authors = Json.createArrayBuilder();
            r.authors().forEach(a -> authors.add(Json.createObjectBuilder().add("@type", "Person").add("name", a)));
            json.add("author", authors);
        }
        if (r.organisation() != null) {
            json.add("publisher", Json.createObjectBuilder().add("@type", "Organization").add("name", r.organisation()));
        }
        optional(json, "datePublished", r.date() != null ? r.date().toString()
                : r.year() != null ? r.year().toString() : null);
        optional(json, "genre", page.getTypeLabel());
        optional(json, "inLanguage", r.language());
        optional(json, "license", page.getLicenceLabel());
        optional(json, "spatialCoverage", page.getTerritoryLabel());
        optional(json, "isBasedOn", r.sourceUrl());
        list(json, "about", page.getThemeLabels());
        list(json, "audience", page.getAudienceLabels());
        if (!r.keywords().isEmpty()) {
            json.add("keywords", String.join(", ", r.keywords()));
        }
        if (r.file() != null) {
            json.add("encoding", Json.createObjectBuilder().add("@type", "MediaObject")
                    .add("contentUrl", page.getSiteUrl() + r.file().url())
                    .add("encodingFormat", r.file().mediaType() == null ? "" : r.file().mediaType())
                    .add("contentSize", Long.toString(r.file().size())));
        }
        return safeInScript(json.build().toString());
    }

    /**
     * JSON escapes quotes and control characters but not {@code <}: a title holding {@code </script>} would end the
     * element. These characters only occur inside JSON strings, where the \\u form means the same.
     */
    static String safeInScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.add(name, value);
        }
    }

    private static void list(JsonObjectBuilder json, String name, List<String> values) {
        if (!values.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            values.forEach(array::add);
            json.add(name, array);
        }
    }
}

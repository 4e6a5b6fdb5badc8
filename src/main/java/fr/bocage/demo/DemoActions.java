package fr.bocage.demo;

import fr.bocage.catalog.ReportSections;
import fr.bocage.network.action.ActionInput;
import fr.bocage.network.action.IndicatorValueInput;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the demo actions ({@code demo/demo-actions.json}): what the API would receive, except that the resources
 * they used are named by their demo file ({@code linkedFiles}) and their lead actor is chosen at load time.
 */
final class DemoActions {
    private DemoActions() {
    }

    /** A demo action: its fields without actors nor links, and the demo files of the resources it used. */
    record DemoAction(JsonObject json, String title, List<String> linkedFiles) {

        /** The action with {@code leadActor} (or none) and the resources of its files that were loaded. */
        ActionInput input(Long leadActor, Map<String, Long> idsByFile) {
            JsonObject a = json;
            JsonObject s = a.getJsonObject("sections");
            return new ActionInput(DemoMetadata.read(a.getJsonObject("metadata")),
                    ReportSections.of(section -> s.getString(section.name().toLowerCase(Locale.ROOT), null)),
                    leadActor, List.of(), a.getString("commune", null), year(a, "startYear"), year(a, "endYear"),
                    a.getString("progress"), a.containsKey("budget") ? a.getJsonNumber("budget").bigDecimalValue() : null,
                    DemoMetadata.strings(a, "funders"), a.getString("scheme", null),
                    linkedFiles.stream().filter(idsByFile::containsKey).map(idsByFile::get).toList(),
                    a.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                            .map(v -> new IndicatorValueInput(v.getString("indicator"), v.getInt("year"),
                                    v.getJsonNumber("value").bigDecimalValue())).toList());
        }
    }

    static List<DemoAction> read(Reader json) {
        try (JsonReader reader = Json.createReader(json)) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(a -> new DemoAction(a, a.getJsonObject("metadata").getString("title"),
                            DemoMetadata.strings(a, "linkedFiles"))).toList();
        }
    }

    private static Integer year(JsonObject a, String name) {
        JsonNumber year = a.getJsonNumber(name);
        return year == null ? null : year.intValue();
    }
}

package fr.bocage.demo;

import fr.bocage.network.partnership.PartnershipInput;
import fr.bocage.network.partnership.ProgrammeInput;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The demo programmes and partnerships ({@code demo/demo-partnerships.json}). A partnership names its programme by
 * key and its parties by their titles, which become ids once the programmes and the demo actors exist;
 * {@code convention} names a demo file loaded as its convention.
 */
record DemoPartnerships(Map<String, ProgrammeInput> programmes, List<Partnership> partnerships) {

    record Partnership(JsonObject json, String programme, List<String> parties, String convention) {

        String title() {
            return json.getJsonObject("metadata").getString("title");
        }

        /** Parties whose title is unknown are left out: the demo actors may have been changed. */
        PartnershipInput input(Map<String, Long> programmeIds, Map<String, Long> actorIds) {
            JsonNumber budget = json.getJsonNumber("budget");
            return new PartnershipInput(DemoMetadata.read(json.getJsonObject("metadata")), json.getString("scale"),
                    json.getInt("startYear"), json.containsKey("endYear") ? json.getInt("endYear") : null,
                    budget == null ? null : budget.bigDecimalValue(),
                    programme == null ? null : programmeIds.get(programme),
                    parties.stream().map(actorIds::get).filter(Objects::nonNull).toList(),
                    DemoMetadata.strings(json, "objectives"));
        }
    }

    static DemoPartnerships read(Reader json) {
        try (JsonReader reader = Json.createReader(json)) {
            JsonObject demo = reader.readObject();
            Map<String, ProgrammeInput> programmes = new LinkedHashMap<>();
            demo.getJsonArray("programmes").getValuesAs(JsonObject.class).forEach(p -> programmes.put(
                    p.getString("key"), new ProgrammeInput(p.getString("name"), p.getString("funder"),
                            p.getInt("startYear"), p.getInt("endYear"), p.getString("description"),
                            p.getString("website", null))));
            List<Partnership> partnerships = demo.getJsonArray("partnerships").getValuesAs(JsonObject.class).stream()
                    .map(p -> new Partnership(p, p.getString("programme", null), DemoMetadata.strings(p, "parties"),
                            p.getString("convention", null)))
                    .toList();
            return new DemoPartnerships(programmes, partnerships);
        }
    }
}

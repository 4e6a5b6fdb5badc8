package fr.bocage.portal.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OaiArgumentsTest {

    @Test
    void untilIncludesItsWholeDayOrSecond() {
        HarvestWindow day = parse("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2026-03-01",
                "until", "2026-03-01").window();
        HarvestWindow second = parse("verb", "ListIdentifiers", "metadataPrefix", "oai_dc",
                "until", "2026-03-01T10:00:00Z").window();
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), day.from());
        assertEquals(Instant.parse("2026-03-02T00:00:00Z"), day.before());
        assertEquals(Instant.parse("2026-03-01T10:00:01Z"), second.before());
    }

    @Test
    void datesOutsideWhatTheDatabaseKeepsAreClamped() {
        HarvestWindow window = parse("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "0001-01-01",
                "until", "9999-12-31").window();
        assertEquals(HarvestWindow.EARLIEST, window.from());
        assertEquals(HarvestWindow.LATEST, window.before());
    }

    @Test
    void wrongArgumentsAreBadArgumentsAndWrongVerbsBadVerbs() {
        assertCode(OaiError.Code.badVerb, "metadataPrefix", "oai_dc");
        assertCode(OaiError.Code.badVerb, "verb", "listrecords");
        assertCode(OaiError.Code.badArgument, "verb", "Identify", "identifier", "oai:x:1");
        assertCode(OaiError.Code.badArgument, "verb", "ListRecords");
        assertCode(OaiError.Code.badArgument, "verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2026-02-30");
        assertCode(OaiError.Code.badArgument, "verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "+2026-01-01");
        assertCode(OaiError.Code.badArgument, "verb", "ListRecords", "metadataPrefix", "oai_dc",
                "from", "2026-01-02", "until", "2026-01-01");
        assertCode(OaiError.Code.badArgument, "verb", "ListRecords", "metadataPrefix", "oai_dc", "set", "type:");
        assertCode(OaiError.Code.badArgument, "verb", "ListRecords", "metadataPrefix", "oai dc");
        assertCode(OaiError.Code.badArgument, "verb", "ListSets", "resumptionToken", "x", "set", "type:guide");
    }

    private static void assertCode(OaiError.Code code, String... pairs) {
        assertEquals(code, assertThrows(OaiError.class, () -> parse(pairs)).code());
    }

    private static OaiArguments parse(String... pairs) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], new String[] {pairs[i + 1]});
        }
        return OaiArguments.parse(parameters);
    }
}

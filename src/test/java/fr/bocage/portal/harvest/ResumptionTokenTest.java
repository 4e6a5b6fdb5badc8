package fr.bocage.portal.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResumptionTokenTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aTokenGivesBackItsSelectionAndKeyToTheNanosecond() {
        ResumptionToken token = new ResumptionToken(OaiVerb.ListRecords,
                new HarvestWindow(Instant.parse("2026-01-01T00:00:00Z"), null,
                        Optional.of(new HarvestSet(HarvestSet.Kind.THEME, "water"))),
                new HarvestKey(Instant.parse("2026-03-01T10:00:00.123456789Z"), 42), 200, NOW.plusSeconds(60));
        assertEquals(token, ResumptionToken.decode(token.encode(), OaiVerb.ListRecords, NOW));
    }

    @Test
    void anExpiredForgedOrOtherVerbsTokenIsBad() {
        ResumptionToken token = new ResumptionToken(OaiVerb.ListIdentifiers,
                new HarvestWindow(null, null, Optional.empty()), HarvestKey.START, 5, NOW.plusSeconds(60));
        // The last one is ours but for a datestamp before 1970, which the database cannot compare.
        for (String bad : new String[] {"", "x", "!!!", token.encode() + "A",
                "djF8TGlzdElkZW50aWZpZXJzfHx8fC0xfDB8MHw1fDk5OTk5OTk5OTk"}) {
            OaiError error = assertThrows(OaiError.class,
                    () -> ResumptionToken.decode(bad, OaiVerb.ListIdentifiers, NOW), bad);
            assertEquals(OaiError.Code.badResumptionToken, error.code());
        }
        assertEquals(OaiError.Code.badResumptionToken, assertThrows(OaiError.class,
                () -> ResumptionToken.decode(token.encode(), OaiVerb.ListRecords, NOW)).code());
        assertEquals(OaiError.Code.badResumptionToken, assertThrows(OaiError.class,
                () -> ResumptionToken.decode(token.encode(), OaiVerb.ListIdentifiers, NOW.plusSeconds(61))).code());
    }
}

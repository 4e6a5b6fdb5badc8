package fr.bocage.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import fr.bocage.search.SearchResult;
import java.io.StringReader;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtomFeedTest {
    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    private static PublishedMatches.Match match(long id, String title, String snippet, String at) {
        return new PublishedMatches.Match(new SearchResult.Hit(id, title, "guide", 2026, "bretagne", List.of("water"),
                snippet, 1f), Instant.parse(at));
    }

    private static Feed parse(String xml) throws Exception {
        WireFeedInput input = new WireFeedInput();
        input.setXmlHealerOn(false);
        return (Feed) input.build(new StringReader(xml));
    }

    @Test
    void theFeedHasTheElementsAtomRequiresAndParsesBack() throws Exception {
        String xml = AtomFeed.write("Bocage — recherche « haies »", "https://bocage.example/recherche.atom?q=haies",
                "https://bocage.example/recherche?q=haies", List.of(
                        match(12, "Haies & <talus>", "Des <mark>haies</mark> &amp; des talus", "2026-12-05T08:00:00Z"),
                        match(7, "Mares", "", "2026-11-30T08:00:00Z")),
                id -> "https://bocage.example/ressources/" + id, NOW);
        Feed feed = parse(xml);
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("https://bocage.example/recherche.atom?q=haies", feed.getId());
        assertEquals("Bocage — recherche « haies »", feed.getTitleEx().getValue());
        assertEquals(Date.from(Instant.parse("2026-12-05T08:00:00Z")), feed.getUpdated(), "the newest publication");
        assertEquals("Bocage", feed.getAuthors().get(0).getName());
        Link self = feed.getOtherLinks().stream().filter(l -> "self".equals(l.getRel())).findFirst().orElseThrow();
        assertEquals("https://bocage.example/recherche.atom?q=haies", self.getHref());
        assertEquals("https://bocage.example/recherche?q=haies", feed.getAlternateLinks().get(0).getHref());

        List<Entry> entries = feed.getEntries();
        assertEquals(2, entries.size());
        Entry first = entries.get(0);
        assertEquals("https://bocage.example/ressources/12", first.getId());
        assertEquals("Haies & <talus>", first.getTitleEx().getValue(), "escaped in the XML, text again once read");
        assertEquals("https://bocage.example/ressources/12", first.getAlternateLinks().get(0).getHref());
        assertEquals(Date.from(Instant.parse("2026-12-05T08:00:00Z")), first.getUpdated());
        assertEquals("html", first.getSummary().getType());
        assertEquals("Des <mark>haies</mark> &amp; des talus", first.getSummary().getValue());
        assertTrue(xml.contains("&lt;mark&gt;"), "the summary's HTML is escaped text, not markup of the feed");
        assertEquals("https://bocage.example/ressources/7", entries.get(1).getId());
    }

    @Test
    void charactersXmlCannotHoldAreDroppedRatherThanFailingTheFeed() throws Exception {
        Feed feed = parse(AtomFeed.write("Bocage — recherche « a\u0000b\u001Fc\uD800 »", "https://b.example/recherche.atom",
                "https://b.example/recherche", List.of(match(1, "T\u0007itre", "s\u0000nippet", "2026-12-05T08:00:00Z")),
                id -> "https://b.example/ressources/" + id, NOW));
        assertEquals("Bocage — recherche « abc »", feed.getTitleEx().getValue());
        assertEquals("Titre", feed.getEntries().get(0).getTitleEx().getValue());
        assertEquals("snippet", feed.getEntries().get(0).getSummary().getValue());
    }

    @Test
    void anEmptyFeedIsStillValid() throws Exception {
        Feed feed = parse(AtomFeed.write("Vide", "https://b.example/alertes/x.atom", "https://b.example/recherche",
                List.of(), id -> "https://b.example/ressources/" + id, NOW));
        assertEquals(Date.from(NOW), feed.getUpdated());
        assertEquals("https://b.example/alertes/x.atom", feed.getId());
        assertTrue(feed.getEntries().isEmpty());
    }
}

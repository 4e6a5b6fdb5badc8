package fr.bocage.network.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** The Atom feed as Rome writes it, read back by Rome and by a plain XML parser: RFC 4287's required elements. */
class NewsFeedTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    static String sample(String title, String lead, String html) {
        return NewsFeed.atom(new NewsFeed.Feed("https://bocage.example/actualites.atom", "Bocage — actualités",
                "https://bocage.example/actualites.atom", "https://bocage.example/actualites", List.of(
                new NewsFeed.Entry("https://bocage.example/actualites/12", title, lead, html,
                        LocalDate.of(2026, 11, 3), Instant.parse("2026-11-04T08:00:00Z"),
                        List.of(new NewsFeed.Category("hedges", "Haies et bocage"))),
                new NewsFeed.Entry("https://bocage.example/actualites/7", "Plus ancienne", "Chapô.", "<p>x</p>",
                        LocalDate.of(2026, 9, 1), Instant.parse("2026-09-01T10:00:00Z"), List.of()))));
    }

    @Test
    void romeReadsBackEveryRequiredElement() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(sample("Plantation", "Le chapô.",
                NewsBody.html("Un **corps**."))));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("https://bocage.example/actualites.atom", feed.getUri());
        assertEquals("Bocage — actualités", feed.getTitle());
        assertEquals(Instant.parse("2026-11-04T08:00:00Z"), feed.getPublishedDate().toInstant());
        assertTrue(feed.getLinks().stream().anyMatch(l -> "self".equals(l.getRel())
                && "https://bocage.example/actualites.atom".equals(l.getHref())));
        assertTrue(feed.getLinks().stream().anyMatch(l -> "alternate".equals(l.getRel())
                && "https://bocage.example/actualites".equals(l.getHref())));
        assertEquals(2, feed.getEntries().size());
        SyndEntry entry = feed.getEntries().get(0);
        assertEquals("https://bocage.example/actualites/12", entry.getUri());
        assertEquals("Plantation", entry.getTitle());
        assertEquals("https://bocage.example/actualites/12", entry.getLink());
        assertNotNull(entry.getPublishedDate());
        assertEquals(Instant.parse("2026-11-04T08:00:00Z"), entry.getUpdatedDate().toInstant());
        assertEquals("Le chapô.", entry.getDescription().getValue());
        assertEquals("html", entry.getContents().get(0).getType());
        assertEquals("<p>Un <strong>corps</strong>.</p>", entry.getContents().get(0).getValue().strip());
        assertEquals("hedges", entry.getCategories().get(0).getName());
        assertEquals("Haies et bocage", entry.getCategories().get(0).getLabel());
    }

    @Test
    void wellFormedAtomWithIdTitleUpdatedAndAuthor() throws Exception {
        Document xml = parse(sample("Titre", "Chapô", "<p>Corps</p>"));
        Element root = xml.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        for (String required : List.of("id", "title", "updated", "author")) {
            assertTrue(direct(root, required) != null, required);
        }
        var entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(2, entries.getLength());
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "published", "link", "summary", "content")) {
                assertTrue(direct(entry, required) != null, required);
            }
        }
    }

    @Test
    void markupInTitleAndLeadIsEscapedTextNotElements() throws Exception {
        String atom = sample("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                NewsBody.html("<script>alert(2)</script>Texte"));
        assertFalse(atom.contains("<script>"), atom);
        assertFalse(atom.contains("<img"), atom);
        assertFalse(atom.contains("alert(2)"), atom);
        Document xml = parse(atom);
        Element entry = (Element) xml.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertEquals("<script>alert(1)</script>", direct(entry, "title").getTextContent());
        assertEquals(0, entry.getElementsByTagName("script").getLength());
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        assertEquals("<img src=x onerror=alert(1)>", feed.getEntries().get(0).getDescription().getValue());
    }

    @Test
    void anEmptyFeedIsStillValid() throws Exception {
        String atom = NewsFeed.atom(new NewsFeed.Feed("https://b.example/f", "Vide", "https://b.example/f",
                "https://b.example/", List.of()));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        assertNotNull(feed.getPublishedDate());
        assertTrue(feed.getEntries().isEmpty());
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static Element direct(Element parent, String name) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}

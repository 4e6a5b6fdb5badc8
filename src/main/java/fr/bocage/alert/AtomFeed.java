package fr.bocage.alert;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import fr.bocage.platform.XmlText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.LongFunction;

/**
 * An Atom 1.0 document (RFC 4287) of matches, written by Rome: the feed's id is its own absolute address, each
 * entry's the resource page's, which never change; {@code updated} is the newest publication (or the moment asked
 * when there is none). Every value is text that Rome escapes; summaries are the search's snippets, HTML already
 * escaped (with {@code <mark>} around the words found), given as {@code type="html"}.
 */
final class AtomFeed {
    static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

    private AtomFeed() {
    }

    /**
     * @param self      the feed's absolute address
     * @param alternate the page it follows, absolute
     * @param page      the absolute address of a resource's page
     */
    static String write(String title, String self, String alternate, List<PublishedMatches.Match> matches,
            LongFunction<String> page, Instant now) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(XmlText.of(title));
        feed.setUri(self);
        feed.setLink(alternate);
        feed.setLinks(List.of(link("self", self, "application/atom+xml"), link("alternate", alternate, "text/html")));
        feed.setLanguage("fr");
        SyndPerson author = new SyndPersonImpl();
        author.setName("Bocage");
        feed.setAuthors(List.of(author));
        feed.setPublishedDate(Date.from(matches.isEmpty() ? now : matches.get(0).publishedAt()));
        List<SyndEntry> entries = new ArrayList<>();
        for (PublishedMatches.Match match : matches) {
            SyndEntry entry = new SyndEntryImpl();
            String address = page.apply(match.hit().id());
            entry.setTitle(XmlText.of(match.hit().title()));
            entry.setUri(address);
            entry.setLink(address);
            entry.setPublishedDate(Date.from(match.publishedAt()));
            entry.setUpdatedDate(Date.from(match.publishedAt()));
            SyndContent summary = new SyndContentImpl();
            summary.setType("html");
            summary.setValue(XmlText.of(match.hit().snippet()));
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed not written: " + e.getMessage(), e);
        }
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}

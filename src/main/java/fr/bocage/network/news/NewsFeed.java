package fr.bocage.network.news;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * An Atom 1.0 feed of news (RFC 4287), written by Rome: the feed's id, title, updated, author and its self and
 * alternate links; each entry's id (its page's absolute address, which never changes), title, published and
 * updated, link, summary (the lead, as text), content (the sanitised body, as HTML) and categories (themes).
 */
public final class NewsFeed {
    public static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

    /**
     * @param id the feed's permanent id, an absolute address
     * @param self the feed's own absolute address
     * @param alternate the absolute address of the page it follows
     */
    public record Feed(String id, String title, String self, String alternate, List<Entry> entries) {
    }

    /**
     * @param url the item's absolute address, also its id
     * @param html its sanitised body ({@link NewsBody#html})
     */
    public record Entry(String url, String title, String lead, String html, LocalDate published, Instant updated,
                        List<Category> categories) {
    }

    /** @param term a theme's code, @param label its French label */
    public record Category(String term, String label) {
    }

    private NewsFeed() {
    }

    public static String atom(Feed feed) {
        SyndFeed syndFeed = new SyndFeedImpl();
        syndFeed.setFeedType("atom_1.0");
        syndFeed.setUri(feed.id());
        syndFeed.setTitle(feed.title());
        syndFeed.setLanguage("fr");
        // Atom wants an author for every entry: the feed's stands for all of them.
        SyndPerson site = new SyndPersonImpl();
        site.setName("Bocage");
        syndFeed.setAuthors(List.of(site));
        syndFeed.setLinks(List.of(link("self", feed.self(), "application/atom+xml"),
                link("alternate", feed.alternate(), "text/html")));
        // Atom's feed updated: the newest change of its entries; an empty feed says when it was asked for.
        syndFeed.setPublishedDate(Date.from(feed.entries().stream().map(Entry::updated)
                .max(Comparator.naturalOrder()).orElse(Instant.now())));
        syndFeed.setEntries(feed.entries().stream().map(NewsFeed::entry).toList());
        try {
            return new SyndFeedOutput().outputString(syndFeed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("An Atom feed of news could not be written", e);
        }
    }

    private static SyndEntry entry(Entry e) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(e.url());
        entry.setTitle(e.title());
        entry.setLink(e.url());
        entry.setLinks(List.of(link("alternate", e.url(), "text/html")));
        Instant published = e.published() == null ? e.updated()
                : e.published().atStartOfDay(NewsService.ZONE).toInstant();
        entry.setPublishedDate(Date.from(published));
        entry.setUpdatedDate(Date.from(e.updated().isBefore(published) ? published : e.updated()));
        entry.setDescription(content("text", e.lead()));
        entry.setContents(List.of(content("html", e.html())));
        entry.setCategories(e.categories().stream().map(NewsFeed::category).toList());
        return entry;
    }

    private static SyndCategory category(Category c) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(c.term());
        category.setLabel(c.label());
        return category;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value == null ? "" : value);
        return content;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}

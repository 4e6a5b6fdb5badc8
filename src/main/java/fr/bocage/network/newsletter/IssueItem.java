package fr.bocage.network.newsletter;

import fr.bocage.catalog.StringListConverter;
import fr.bocage.portal.NewsletterSources.Published;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One item of an issue, as proposed when the issue was composed: a published resource (document, training,
 * action…) with its title, summary, page and themes. Whether it is still published is asked again whenever the
 * issue is shown or sent.
 */
@Entity
@Table(name = "NEWSLETTER_ITEM")
public class IssueItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long issueId;

    @Column(nullable = false)
    private int place;

    @Column(nullable = false)
    private long resourceId;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(length = 2000)
    private String summary;

    @Column(nullable = false, length = 1000)
    private String url;

    @Convert(converter = StringListConverter.class)
    @Column(length = 2000)
    private List<String> themes = List.of();

    private Instant publishedAt;

    protected IssueItem() {
    }

    IssueItem(long issueId, int place, Published item) {
        this.issueId = issueId;
        this.place = place;
        this.resourceId = item.resourceId();
        this.kind = item.kind();
        this.title = cut(item.title(), 1000);
        this.summary = item.summary() == null ? null : cut(item.summary(), 2000);
        this.url = item.path();
        this.themes = item.themes();
        this.publishedAt = item.publishedAt();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    void moveTo(int newPlace) {
        place = newPlace;
    }

    public Long getId() {
        return id;
    }

    public long getIssueId() {
        return issueId;
    }

    public int getPlace() {
        return place;
    }

    public long getResourceId() {
        return resourceId;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    /** The item's page, a portal path. */
    public String getUrl() {
        return url;
    }

    public List<String> getThemes() {
        return themes;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** Whether a subscriber with these themes gets it: no themes means all, else one theme in common. */
    boolean matches(List<String> subscriberThemes) {
        return subscriberThemes.isEmpty() || themes.stream().anyMatch(subscriberThemes::contains);
    }
}

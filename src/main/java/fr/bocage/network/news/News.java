package fr.bocage.network.news;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * What makes a resource of type news a news item: it shares its resource's id, and the resource keeps the title, the
 * lead (its summary), themes, territory, publication date (its date), status and visibility. The body is kept as its
 * author wrote it, in Markdown: it is shown only as {@link NewsBody} renders and sanitises it, so that a better policy
 * applies to every item at once and no stored HTML is ever trusted.
 */
@Entity
@Table(name = "NEWS")
@NamedQuery(name = News.BY_IDS, query = "SELECT n FROM News n WHERE n.id IN :ids")
public class News {
    static final String BY_IDS = "News.byIds";

    @Id
    private Long id;

    @Column(nullable = false, length = NewsInput.BODY_MAX)
    private String body;

    /** The network it belongs to ({@code fr.bocage.network.membership.Network}); null for the whole site. */
    @Column(name = "NETWORK_ID")
    private Long networkId;

    /** The image's alternative text; null without an image. */
    @Column(length = NewsInput.ALT_MAX)
    private String imageAlt;

    protected News() {
    }

    News(long id) {
        this.id = id;
    }

    void write(String markdown, Long network) {
        body = markdown;
        networkId = network;
    }

    void describeImage(String alt) {
        imageAlt = alt;
    }

    public Long getId() {
        return id;
    }

    public String getBody() {
        return body;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public String getImageAlt() {
        return imageAlt;
    }
}

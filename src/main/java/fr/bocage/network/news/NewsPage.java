package fr.bocage.network.news;

import java.time.LocalDate;
import java.util.List;

/**
 * What a news item's page shows: its lead, its sanitised body, its image with its alternative text, its network, its
 * themes, similar content of all kinds (« Découvrez d'autres contenus similaires »), and what the reader may do.
 *
 * @param bodyHtml the body through {@link NewsBody#html}: the only HTML the page prints as it is
 * @param image the image's address; null without one
 * @param network its network's name and page; null without one
 * @param membersOnly whether only its network's members see it (« Réservée aux membres »)
 * @param status the status' label while not published (for who follows its moderation); null once published
 * @param editUrl the form's address, for who may change it now; null for others
 * @param maySubmit whether the reader may send it to moderation now
 * @param mayAddImage whether the reader may give it an image now
 * @param feedUrl the Atom feed it appears in: its network's, or all news'
 */
public record NewsPage(long id, String title, String lead, String bodyHtml, LocalDate date, List<String> themes,
                       String territory, Link network, boolean membersOnly, String image, String imageAlt, String status, String editUrl,
                       boolean maySubmit, boolean mayAddImage, List<Similar> similar, String feedUrl) {

    public record Link(String title, String url) {
    }

    /** A similar published content: its title, page and kind (« Webinaire », « Action »…). */
    public record Similar(String title, String url, String kind) {
    }
}

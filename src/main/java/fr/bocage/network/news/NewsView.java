package fr.bocage.network.news;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.platform.rest.ApiNames;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * A news item as the API shows it: its lead, its body in Markdown as written and as sanitised HTML (the only HTML to
 * print), codes for territory and themes, its network's slug, whether only that network's members see it, its image's
 * address and alternative text.
 */
@JsonbPropertyOrder({"id", "title", "lead", "body", "bodyHtml", "themes", "territory", "network", "membersOnly",
        "date", "image", "imageAlt", "status", "url"})
public record NewsView(long id, String title, String lead, String body, String bodyHtml, List<String> themes,
                       String territory, String network, boolean membersOnly, LocalDate date, String image,
                       String imageAlt, String status, String url) {

    static NewsView of(Resource r, News n, String networkSlug) {
        ResourceDescription d = r.description();
        boolean image = r.getFile() != null;
        return new NewsView(r.getId(), d.title(), d.summary(), n.getBody(), NewsBody.html(n.getBody()), d.themes(),
                d.territory(), networkSlug, r.getCircle() != null, d.date(), image ? NewsPages.image(r.getId()) : null,
                image ? n.getImageAlt() : null, ApiNames.of(r.getStatus()), NewsPages.page(r.getId()));
    }
}

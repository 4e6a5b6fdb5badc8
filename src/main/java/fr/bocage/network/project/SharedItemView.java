package fr.bocage.network.project;

import fr.bocage.catalog.Resource;
import fr.bocage.network.news.NewsPages;
import fr.bocage.platform.web.Routes;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * A document or news item of a project as its API and pages list it: {@code file} the address of a document's file,
 * absent for news.
 */
@JsonbPropertyOrder({"id", "kind", "title", "summary", "page", "file", "updatedAt"})
public record SharedItemView(long id, String kind, String title, String summary, String page, String file,
        Instant updatedAt) {

    static SharedItemView of(Resource r) {
        boolean news = ProjectNewsLinks.isNews(r);
        return new SharedItemView(r.getId(), news ? "news" : "document", r.getTitle(), r.description().summary(),
                news ? NewsPages.PAGE + r.getId() : Routes.resource(r.getId()),
                news ? null : "/api/resources/" + r.getId() + "/file", r.getUpdatedAt());
    }
}

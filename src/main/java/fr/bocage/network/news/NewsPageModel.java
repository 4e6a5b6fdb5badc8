package fr.bocage.network.news;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceDescription;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.catalog.Workflow;
import fr.bocage.catalog.WorkflowAction;
import fr.bocage.platform.Messages;
import fr.bocage.platform.rest.ApiNames;
import fr.bocage.platform.security.Caller;
import fr.bocage.platform.security.Circles;
import fr.bocage.platform.web.Routes;
import fr.bocage.search.FacetDimension;
import fr.bocage.search.SearchEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Builds a news item's page for its reader, who may see it (the servlet asked the one access decision). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NewsPageModel {
    private static final int SIMILAR = 5;

    @Inject
    NewsSearch search;

    @Inject
    SearchEngine engine;

    @Inject
    Circles circles;

    NewsPage of(Resource resource, News item, Caller reader) {
        ResourceDescription d = resource.description();
        Workflow.Actor who = Workflow.Actor.of(reader, resource);
        boolean editable = Workflow.editVerdict(resource.getStatus(), who) == Workflow.Verdict.ALLOWED;
        boolean maySubmit = Workflow.verdict(resource.getStatus(), WorkflowAction.SUBMIT, who)
                == Workflow.Verdict.ALLOWED;
        NewsPage.Link network = search.network(item).map(n -> new NewsPage.Link(n.getName(),
                NewsPages.network(n.getSlug()))).orElse(null);
        String feed = search.network(item).map(n -> NewsPages.networkFeed(n.getSlug())).orElse(NewsPages.FEED);
        boolean image = resource.getFile() != null;
        return new NewsPage(resource.getId(), resource.getTitle(), d.summary(), NewsBody.html(item.getBody()),
                d.date(), d.themes().stream().map(t -> search.label(FacetDimension.THEME, t)).toList(),
                search.label(FacetDimension.TERRITORY, d.territory()), network, resource.getCircle() != null,
                image ? NewsPages.image(resource.getId()) : null, image ? item.getImageAlt() : null,
                resource.getStatus() == ResourceStatus.PUBLISHED ? null
                        : Messages.get("workflow.status." + ApiNames.of(resource.getStatus())),
                editable ? NewsPages.edit(resource.getId()) : null, maySubmit, editable,
                resource.isPublished() ? similar(resource.getId(), reader) : List.of(), feed);
    }

    /**
     * Published content like the item, of any kind, that the reader may see: the index holds published entries only,
     * the members-only ones found for those inside their circle.
     */
    private List<NewsPage.Similar> similar(long id, Caller reader) {
        return engine.similarTo(id, circles.of(reader)).stream().limit(SIMILAR).map(h -> new NewsPage.Similar(h.title(),
                Routes.resource(h.id()), search.label(FacetDimension.TYPE, h.type()))).toList();
    }
}

package fr.bocage.portal;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceStatus;
import fr.bocage.catalog.ResourceView;
import fr.bocage.ingest.IngestService;
import fr.bocage.platform.PublicUrl;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.search.SearchEngine;
import fr.bocage.training.TrainingPages;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** A published resource's page at /ressources/{id}; a withdrawn one is gone (410), anything else not found. */
@WebServlet(ResourcePage.PATH + "*")
public class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int PREVIEW_CHARS = 1500;

    @Inject
    ResourceRepository resources;

    @Inject
    IngestService ingest;

    @Inject
    FacetVocabulary vocabulary;

    @Inject
    SearchEngine engine;

    @Inject
    TrainingPages trainings;

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Resource> found = id(request.getPathInfo()).flatMap(resources::find);
        if (found.isPresent() && found.get().getStatus() == ResourceStatus.WITHDRAWN) {
            // Its address was public and may be linked from elsewhere: say it is gone rather than unknown.
            response.sendError(HttpServletResponse.SC_GONE);
            return;
        }
        Optional<ResourceView> resource = found.filter(Resource::isPublished).map(ResourceView::of);
        if (resource.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<String> trainingPage = trainings.pageOf(found.get());
        if (trainingPage.isPresent()) {
            // Search links every hit here; a webinar or a course is better read on its own page.
            response.sendRedirect(trainingPage.get());
            return;
        }
        ResourceView view = resource.get();
        String preview = view.file() == null ? "" : preview(ingest.textStart(view.file().sha256(), PREVIEW_CHARS + 1));
        List<Link> similar = engine.similarTo(view.id()).stream()
                .map(s -> new Link(s.title(), ResourcePage.PATH + s.id(), false)).toList();
        List<Link> earlier = resources.versionsOf(view.id()).stream().map(ResourcePage::earlierVersion).toList();
        request.setAttribute("partOf", partOf(found.get()).orElse(null));
        request.setAttribute("page", new ResourcePage(view, vocabulary, preview, publicUrl.of(""), similar, earlier));
        Views.render("resource", request, response);
    }

    /** The published webinar or course a material belongs to, as a link to its page. */
    private Optional<Link> partOf(Resource resource) {
        return Optional.ofNullable(resource.getPartOf()).flatMap(resources::find).filter(Resource::isPublished)
                .flatMap(parent -> trainings.pageOf(parent).map(url -> new Link(parent.getTitle(), url, false)));
    }

    /** The beginning of the text, with an ellipsis when there is more. */
    private static String preview(String start) {
        return start.length() > PREVIEW_CHARS ? start.substring(0, PREVIEW_CHARS).strip() + "…" : start.strip();
    }

    /** The id of "/123"; nothing for any other path. */
    private static Optional<Long> id(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1)));
    }
}

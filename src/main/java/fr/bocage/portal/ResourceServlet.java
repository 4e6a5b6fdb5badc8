package fr.bocage.portal;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.catalog.ResourceView;
import fr.bocage.ingest.IngestService;
import fr.bocage.platform.PublicUrl;
import fr.bocage.platform.security.Circles;
import fr.bocage.platform.web.LocalPath;
import fr.bocage.platform.web.Routes;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.search.FacetVocabulary;
import fr.bocage.search.SearchEngine;
import jakarta.enterprise.inject.Instance;
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
@WebServlet(Routes.RESOURCE + "*")
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
    Instance<DedicatedPages> dedicated;

    @Inject
    Instance<ResourceUses> uses;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Circles circles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Optional<Resource> found = PortalForms.shown(PortalForms.id(request), resources, request, response);
        if (found.isEmpty()) {
            return;
        }
        Optional<ResourceView> resource = found.map(ResourceView::of);
        Optional<String> trainingPage = dedicatedPage(found.get());
        if (trainingPage.isPresent()) {
            // Search links every hit here; a webinar, a course or a partnership is better read on its own page.
            response.sendRedirect(trainingPage.get());
            return;
        }
        ResourceView view = resource.get();
        String preview = view.file() == null ? "" : preview(ingest.textStart(view.file().sha256(), PREVIEW_CHARS + 1));
        // The way back to the search, when the link came from one; the similar resources keep it.
        String search = LocalPath.ofPage(request.getParameter(HitView.RETURN), Routes.SEARCH, null);
        List<HitView> similar = engine.similarTo(view.id(), circles.of(PortalForms.caller(request))).stream()
                .map(hit -> new HitView(hit, vocabulary, search)).toList();
        List<Link> earlier = resources.versionsShownTo(found.get(), PortalForms.caller(request)).stream()
                .map(ResourcePage::earlierVersion).toList();
        Views.render("resource", new ResourcePage(view, vocabulary, preview, publicUrl.of(""), similar, earlier,
                partOf(found.get()).orElse(null), search == null ? Routes.SEARCH : search,
                uses.stream().flatMap(u -> u.of(view.id()).stream()).toList()), request, response);
    }

    /** The published webinar or course a material belongs to, as a link to its page. */
    private Optional<Link> partOf(Resource resource) {
        return Optional.ofNullable(resource.getPartOf()).flatMap(resources::find).filter(Resource::isPublished)
                .flatMap(parent -> dedicatedPage(parent).map(url -> new Link(parent.getTitle(), url, false)));
    }

    private Optional<String> dedicatedPage(Resource resource) {
        return dedicated.stream().map(pages -> pages.pageOf(resource)).flatMap(Optional::stream).findFirst();
    }

    /** The beginning of the text, with an ellipsis when there is more. */
    private static String preview(String start) {
        return start.length() > PREVIEW_CHARS ? start.substring(0, PREVIEW_CHARS).strip() + "…" : start.strip();
    }
}

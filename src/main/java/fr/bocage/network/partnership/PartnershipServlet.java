package fr.bocage.network.partnership;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.search.FacetVocabulary;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** « Partenariats »: the list at /partenariats, and a published partnership's page at /partenariats/{id}. */
@WebServlet({PartnershipPages.LIST, PartnershipPages.PATH + "*"})
public class PartnershipServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    PartnershipDirectory directory;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    ResourceRepository resources;

    @Inject
    FacetVocabulary vocabulary;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getPathInfo() == null || "/".equals(request.getPathInfo())) {
            Views.render("network/partnerships", PartnershipListPage.of(
                    directory.published(null, PortalForms.caller(request)),
                    programmes.all().stream().map(ProgrammeView::of).toList()), request, response);
            return;
        }
        Optional<Long> id = PortalForms.id(request).filter(p -> partnerships.find(p).isPresent());
        Optional<Resource> shown = PortalForms.shown(id, resources, request, response);
        if (shown.isPresent()) {
            Views.render("network/partnership", PartnershipPage.of(
                    directory.one(shown.get().getId(), PortalForms.caller(request)), vocabulary), request, response);
        }
    }
}

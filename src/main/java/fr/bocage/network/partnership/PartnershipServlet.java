package fr.bocage.network.partnership;

import fr.bocage.catalog.Resource;
import fr.bocage.catalog.ResourceRepository;
import fr.bocage.platform.web.CsrfToken;
import fr.bocage.platform.web.Views;
import fr.bocage.portal.form.PortalForms;
import fr.bocage.search.FacetVocabulary;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * « Partenariats »: the list at /partenariats, a published partnership's page at /partenariats/{id}; for moderators,
 * the forms /partenariats/nouveau and /partenariats/{id}/modifier, and the convention posted to
 * /partenariats/{id}/convention.
 */
@WebServlet({PartnershipPages.LIST, PartnershipPages.PATH + "*"})
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class PartnershipServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String NEW = "/nouveau";
    private static final Pattern EDIT = Pattern.compile("/(\\d{1,18})/modifier");
    private static final Pattern CONVENTION = Pattern.compile("/(\\d{1,18})/convention");

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

    @Inject
    PartnershipFormPages forms;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path == null || "/".equals(path)) {
            Views.render("network/partnerships", PartnershipListPage.of(
                    directory.published(null, PortalForms.caller(request)),
                    programmes.all().stream().map(ProgrammeView::of).toList(),
                    PartnershipFormPages.entersPartnerships(request)), request, response);
            return;
        }
        if (NEW.equals(path)) {
            forms.show(null, request, response);
            return;
        }
        Matcher edit = EDIT.matcher(path);
        if (edit.matches()) {
            forms.show(Long.parseLong(edit.group(1)), request, response);
            return;
        }
        Optional<Long> id = PortalForms.id(request).filter(p -> partnerships.find(p).isPresent());
        Optional<Resource> shown = PortalForms.shown(id, resources, request, response);
        if (shown.isPresent()) {
            CsrfToken.expose(request);
            Views.render("network/partnership", PartnershipPage.of(directory.one(shown.get().getId(),
                    PortalForms.caller(request)), vocabulary, PartnershipFormPages.entersPartnerships(request)),
                    request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher edit = EDIT.matcher(path);
        Matcher convention = CONVENTION.matcher(path);
        if (NEW.equals(path)) {
            forms.save(null, request, response);
        } else if (edit.matches()) {
            forms.save(Long.parseLong(edit.group(1)), request, response);
        } else if (convention.matches()) {
            forms.attachConvention(Long.parseLong(convention.group(1)), request, response);
        } else {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }
}
